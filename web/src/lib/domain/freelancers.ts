import type { Freelancer } from '@vitrine/cms-client'
import { regionLabel, specialtyLabel } from './labels'

export type Facet = { value: string; label: string; count: number }

const facet = (values: string[], label: (value: string) => string): Facet[] => {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return [...counts]
    .map(([value, count]) => ({ value, label: label(value), count }))
    .sort((a, b) => a.label.localeCompare(b.label, 'fr'))
}

/** Specialties and regions present among the published profiles (one static page each). */
export const freelancerFacets = (freelancers: Pick<Freelancer, 'specialties' | 'region'>[]) => ({
  specialties: facet(
    freelancers.flatMap((f) => f.specialties ?? []),
    specialtyLabel,
  ),
  regions: facet(
    freelancers.map((f) => f.region),
    regionLabel,
  ),
})
