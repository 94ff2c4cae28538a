/**
 * The closed lists of choices offered by the forms: values (stored, validated by the schemas)
 * and their French labels (shown by the forms). Each list is the single source for both.
 */
export interface Option<V extends string = string> {
  value: V
  label: string
}

function values<V extends string>(options: readonly Option<V>[]): [V, ...V[]] {
  return options.map((option) => option.value) as [V, ...V[]]
}

export const companySizeOptions = [
  { value: '1-9', label: '1 à 9 salariés' },
  { value: '10-49', label: '10 à 49 salariés' },
  { value: '50-249', label: '50 à 249 salariés' },
  { value: '250+', label: '250 salariés et plus' },
] as const satisfies readonly Option[]
export const companySizes = values(companySizeOptions)
export type CompanySize = (typeof companySizes)[number]

/** Areas the network covers: a company's needs (diagnostic) and a freelancer's specialties. */
export const expertiseAreaOptions = [
  { value: 'gestion-administrative', label: 'Gestion administrative' },
  { value: 'comptabilite', label: 'Comptabilité' },
  { value: 'rh', label: 'Ressources humaines' },
  { value: 'commercial-export', label: 'Commercial et export' },
  { value: 'juridique', label: 'Juridique' },
  { value: 'secretariat-medical', label: 'Secrétariat médical' },
  { value: 'organisation', label: 'Organisation et services généraux' },
] as const satisfies readonly Option[]
export const expertiseAreas = values(expertiseAreaOptions)
export type ExpertiseArea = (typeof expertiseAreas)[number]

/** Profiles the firm places: what a company asks a quote for, what a freelancer does. */
export const serviceRoleOptions = [
  { value: 'office-manager', label: 'Office manager' },
  { value: 'assistant-direction', label: 'Assistant·e de direction' },
  { value: 'assistant-commercial-export', label: 'Assistant·e commercial·e export' },
  { value: 'assistant-comptable', label: 'Assistant·e comptable' },
  { value: 'assistant-rh', label: 'Assistant·e RH' },
  { value: 'secretaire-medical', label: 'Secrétaire médical·e' },
] as const satisfies readonly Option[]
export const serviceRoles = values(serviceRoleOptions)
export type ServiceRole = (typeof serviceRoles)[number]

export const callbackSlotOptions = [
  { value: 'matin', label: 'Le matin (9 h – 12 h)' },
  { value: 'midi', label: 'Le midi (12 h – 14 h)' },
  { value: 'apres-midi', label: 'L’après-midi (14 h – 18 h)' },
] as const satisfies readonly Option[]
export const callbackSlots = values(callbackSlotOptions)
export type CallbackSlot = (typeof callbackSlots)[number]

export const hoursPeriodOptions = [
  { value: 'semaine', label: 'par semaine' },
  { value: 'mois', label: 'par mois' },
] as const satisfies readonly Option[]
export const hoursPeriods = values(hoursPeriodOptions)
export type HoursPeriod = (typeof hoursPeriods)[number]

/** Upper bound of the hours a quote may ask for, per period. */
export const maxHoursByPeriod: Record<HoursPeriod, number> = { semaine: 60, mois: 250 }

export const regionOptions = [
  { value: 'auvergne-rhone-alpes', label: 'Auvergne-Rhône-Alpes' },
  { value: 'bourgogne-franche-comte', label: 'Bourgogne-Franche-Comté' },
  { value: 'bretagne', label: 'Bretagne' },
  { value: 'centre-val-de-loire', label: 'Centre-Val de Loire' },
  { value: 'corse', label: 'Corse' },
  { value: 'grand-est', label: 'Grand Est' },
  { value: 'hauts-de-france', label: 'Hauts-de-France' },
  { value: 'ile-de-france', label: 'Île-de-France' },
  { value: 'normandie', label: 'Normandie' },
  { value: 'nouvelle-aquitaine', label: 'Nouvelle-Aquitaine' },
  { value: 'occitanie', label: 'Occitanie' },
  { value: 'pays-de-la-loire', label: 'Pays de la Loire' },
  { value: 'provence-alpes-cote-d-azur', label: 'Provence-Alpes-Côte d’Azur' },
  { value: 'guadeloupe', label: 'Guadeloupe' },
  { value: 'martinique', label: 'Martinique' },
  { value: 'guyane', label: 'Guyane' },
  { value: 'la-reunion', label: 'La Réunion' },
  { value: 'mayotte', label: 'Mayotte' },
  { value: 'a-distance', label: 'À distance uniquement' },
] as const satisfies readonly Option[]
export const regions = values(regionOptions)
export type Region = (typeof regions)[number]
