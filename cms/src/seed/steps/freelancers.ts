import { serviceRoleOptions } from '@vitrine/contracts'
import { metaDescription, type SeedRun } from '../context'
import { freelancers } from '../data/freelancers'
import { parisTime } from '../dates'
import { upsertBySlug } from '../upsert'

const roleLabel: Record<string, string> = Object.fromEntries(
  serviceRoleOptions.map((o) => [o.value, o.label]),
)

/** `YYYY-MM[-DD]` → that day at noon in Paris (a month-only date never slips to the previous month). */
const parisNoon = (ymd: string): string => {
  const [y, m, d] = ymd.split('-').map(Number)
  return parisTime({ y: y ?? 2020, m: m ?? 1, d: d ?? 1 }, 12).toISOString()
}

export const seedFreelancers = async ({ payload, maps, tally }: SeedRun) => {
  for (const f of freelancers) {
    const photo = maps.refs.image(`portrait-${f.slug}`)
    const { created } = await upsertBySlug(
      payload,
      'freelancers',
      {
        slug: f.slug,
        firstName: f.firstName,
        lastInitial: f.lastInitial,
        photo,
        role: f.role,
        specialties: f.specialties,
        region: f.region,
        cities: f.cities,
        joinedAt: parisNoon(f.joined),
        story: f.story,
        quote: f.quote,
        publicationConsent: f.publicationConsent,
        consentDate: f.consentDate ? parisNoon(f.consentDate) : null,
        meta: {
          title: `${f.firstName} ${f.lastInitial}., ${roleLabel[f.role] ?? f.role} freelance | Vitrine`,
          description: metaDescription(f.story),
          image: photo,
        },
      },
      { status: 'published' },
    )
    tally.add('freelancers', created)
  }
}
