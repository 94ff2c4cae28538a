import {
  expertiseAreaOptions,
  regionOptions,
  serviceRoleOptions,
  type Option,
} from '@vitrine/contracts'

/**
 * French labels of the freelancer profile options: the same lists the CMS fields and the
 * application form use (@vitrine/contracts). An unknown value falls back to a readable form of
 * itself, so a new option never breaks the build.
 */
const toMap = (options: readonly Option[]) => new Map(options.map((o) => [o.value, o.label]))
const roles = toMap(serviceRoleOptions)
const specialties = toMap(expertiseAreaOptions)
const regions = toMap(regionOptions)

const readable = (value: string) => {
  const text = value.replace(/-/g, ' ')
  return text.charAt(0).toUpperCase() + text.slice(1)
}

export const roleLabel = (value: string) => roles.get(value) ?? readable(value)
export const specialtyLabel = (value: string) => specialties.get(value) ?? readable(value)
export const regionLabel = (value: string) => regions.get(value) ?? readable(value)
