import { isLeadKind, leadKindLabels, leadStatusLabels, type LeadStatus } from '@vitrine/contracts'
import type { Lead } from '@vitrine/cms-client/types'
import { formAnswers } from '../../lib/formAnswers'

const paris = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})
/** '01/12/2026 21:40' in Paris time: a date French Excel recognises. */
const parisDate = (value?: string | null) =>
  value ? paris.format(new Date(value)).replace(',', '') : ''

const titleOf = (value: unknown) =>
  value && typeof value === 'object' ? String((value as { title?: string }).title ?? '') : ''

const yesNo = (value?: boolean | null) => (value ? 'Oui' : 'Non')

/** The form's other answers, one « question : réponse » per line. */
const details = (value: unknown) =>
  formAnswers(value)
    .map(({ question, answer }) => `${question} : ${answer}`)
    .join('\n')

const notes = (lead: Lead) =>
  (lead.notes ?? [])
    .map(
      (note) =>
        `${parisDate(note.at)} — ${(note as { by?: string | null }).by ?? '?'} : ${note.text}`,
    )
    .join('\n')

/** The export's columns, in the order sales read a lead: French header → readable value. */
export const exportColumns: [string, (lead: Lead) => string][] = [
  ['Reçue le', (l) => parisDate(l.createdAt)],
  ['Type', (l) => (isLeadKind(l.kind) ? leadKindLabels[l.kind] : String(l.kind ?? ''))],
  ['État', (l) => leadStatusLabels[l.status as LeadStatus] ?? String(l.status ?? '')],
  ['Suivi par', (l) => (l as { ownerName?: string | null }).ownerName ?? ''],
  ['Prénom', (l) => l.firstName ?? ''],
  ['Nom', (l) => l.lastName ?? ''],
  ['E-mail', (l) => l.email],
  ['Téléphone', (l) => l.phone ?? ''],
  ['Entreprise', (l) => l.companyName ?? ''],
  ['Effectif', (l) => l.companySize ?? ''],
  ['Fonction', (l) => l.jobRole ?? ''],
  ['Message', (l) => l.message ?? ''],
  ['Autres réponses', (l) => details(l.details)],
  ['Livre blanc', (l) => titleOf(l.whitePaper)],
  ['Webinaire', (l) => titleOf(l.webinar)],
  ['Accepte le marketing', (l) => yesNo(l.consent?.marketingOptIn)],
  ['Page du formulaire', (l) => l.attribution?.sourcePage ?? ''],
  ['utm_source', (l) => l.attribution?.utmSource ?? ''],
  ['utm_medium', (l) => l.attribution?.utmMedium ?? ''],
  ['utm_campaign', (l) => l.attribution?.utmCampaign ?? ''],
  ['Notes', notes],
]
