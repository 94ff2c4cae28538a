import {
  companySizeOptions,
  isLeadKind,
  leadForms,
  leadKindLabels,
  type FormField,
} from '@vitrine/contracts'
import type { Lead, Webinar, WhitePaper } from '@vitrine/cms-client/types'
import { parisDateTime } from './templates/types'

type Row = [label: string, value: string]

const yesNo = (value: unknown) => (value ? 'Oui' : 'Non')

/** A stored answer as the person saw it: option labels instead of codes, lists joined. */
const display = (field: FormField | undefined, value: unknown): string => {
  const label = (v: unknown) => field?.options?.find((o) => o.value === v)?.label ?? String(v)
  if (Array.isArray(value)) return value.map(label).join(', ')
  if (typeof value === 'boolean') return yesNo(value)
  return label(value)
}

/** The full lead, in French, for the team notification (labels come from the contract's forms). */
export const leadRows = (
  lead: Lead,
  refs: { whitePaper?: WhitePaper | null; webinar?: Webinar | null },
): Row[] => {
  const fields = isLeadKind(lead.kind) ? leadForms[lead.kind].fields : []
  const fieldNamed = (name: string) => fields.find((f) => f.name === name)
  const rows: Row[] = [
    ['Type de demande', isLeadKind(lead.kind) ? leadKindLabels[lead.kind] : lead.kind],
  ]
  const name = [lead.firstName, lead.lastName].filter(Boolean).join(' ')
  if (name) rows.push(['Nom', name])
  rows.push(['E-mail', lead.email])
  if (lead.phone) rows.push(['Téléphone', lead.phone])
  if (lead.companyName) rows.push(['Entreprise', lead.companyName])
  if (lead.companySize)
    rows.push([
      'Effectif',
      companySizeOptions.find((o) => o.value === lead.companySize)?.label ?? lead.companySize,
    ])
  if (lead.jobRole) rows.push(['Fonction', lead.jobRole])
  if (refs.whitePaper) rows.push(['Livre blanc', refs.whitePaper.title])
  if (refs.webinar)
    rows.push(['Webinaire', `${refs.webinar.title} (${parisDateTime(refs.webinar.startsAt)})`])
  const details = (
    lead.details && typeof lead.details === 'object' && !Array.isArray(lead.details)
      ? lead.details
      : {}
  ) as Record<string, unknown>
  for (const [key, value] of Object.entries(details)) {
    if (value === undefined || value === null || value === '') continue
    rows.push([fieldNamed(key)?.label ?? key, display(fieldNamed(key), value)])
  }
  if (lead.cv) rows.push(['CV', 'joint (à ouvrir depuis l’admin)'])
  if (lead.attribution?.sourcePage) rows.push(['Page du formulaire', lead.attribution.sourcePage])
  const utm = [
    lead.attribution?.utmSource,
    lead.attribution?.utmMedium,
    lead.attribution?.utmCampaign,
  ]
    .filter(Boolean)
    .join(' / ')
  if (utm) rows.push(['Campagne (utm)', utm])
  if (lead.attribution?.referrer) rows.push(['Site référent', lead.attribution.referrer])
  rows.push(['Accepte le marketing', yesNo(lead.consent?.marketingOptIn)])
  if (lead.kind === 'freelancer_application')
    rows.push(['Conservation 2 ans acceptée', yesNo(lead.consent?.talentPoolOptIn)])
  rows.push(['Reçue le', parisDateTime(lead.createdAt)])
  return rows
}
