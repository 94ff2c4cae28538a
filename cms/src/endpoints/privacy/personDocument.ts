import type { Lead } from '@vitrine/cms-client/types'
import { exportColumns } from '../leadsExport/exportColumns'
import { escapeHtml } from '../htmlPage'
import { parisDateTime } from '../../lib/parisDate'
import { describeCounts } from './erasureCounts'
import { emailStatusLabels, type EmailStatus } from '../../email/catalog'

type PersonData = {
  leads: unknown[]
  contacts: unknown[]
  emails: {
    template?: string | null
    subject?: string | null
    status?: string | null
    sentAt?: string | null
    createdAt?: string
  }[]
  resumes: { filename?: string | null; createdAt?: string }[]
}

const rows = (pairs: [string, string][]) =>
  `<dl>${pairs
    .filter(([, value]) => value !== '')
    .map(
      ([label, value]) =>
        `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value).replace(/\n/g, '<br>')}</dd>`,
    )
    .join('')}</dl>`

/**
 * The right-of-access answer as a French document a person can read (and print to PDF): each
 * request with the form's own labels, the consent given, the e-mails sent, the files kept.
 */
export const personDocument = (email: string, data: PersonData): string => {
  const leads = data.leads as Lead[]
  const counts = {
    leads: leads.length,
    contacts: data.contacts.length,
    emails: data.emails.length,
    files: data.resumes.length,
  }
  const leadSections = leads
    .map((lead) => {
      const pairs = exportColumns.map(([label, value]) => [label, value(lead)] as [string, string])
      pairs.push([
        'Consentement : version de la notice affichée',
        lead.consent?.noticeVersion ?? '',
      ])
      pairs.push(['Consentement : base légale', lead.consent?.legalBasis ?? ''])
      pairs.push([
        'Conservée jusqu’au',
        lead.retainUntil ? parisDateTime(lead.retainUntil) : 'jusqu’à la décision sur la demande',
      ])
      const kind = pairs.find(([label]) => label === 'Type')?.[1] ?? 'Demande'
      return `<section><h2>${escapeHtml(kind)} — ${escapeHtml(parisDateTime(lead.createdAt))}</h2>${rows(pairs)}</section>`
    })
    .join('')
  const emails = data.emails.length
    ? `<ul>${data.emails
        .map(
          (e) =>
            `<li>${escapeHtml(e.subject || e.template || 'E-mail')} — ${escapeHtml(emailStatusLabels[e.status as EmailStatus] ?? e.status ?? '')}${e.sentAt ? `, le ${escapeHtml(parisDateTime(e.sentAt))}` : ''}</li>`,
        )
        .join('')}</ul>`
    : '<p>Aucun.</p>'
  const files = data.resumes.length
    ? `<ul>${data.resumes.map((f) => `<li>${escapeHtml(f.filename ?? 'fichier')}</li>`).join('')}</ul>`
    : '<p>Aucun.</p>'
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Données personnelles — ${escapeHtml(email)}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1d2a30;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-top:1px solid #ccd;padding-top:1rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0}
@media print{body{margin:0}}
</style>
</head>
<body>
<h1>Données personnelles détenues sur ${escapeHtml(email)}</h1>
<p>Document établi le ${escapeHtml(parisDateTime(new Date()))} par Vitrine Office Services, en réponse à votre demande d’accès (article 15 du RGPD). Il contient : ${escapeHtml(describeCounts(counts))}.</p>
${leadSections || '<p>Aucune demande enregistrée.</p>'}
<h2>E-mails envoyés</h2>
${emails}
<h2>Fichiers conservés</h2>
${files}
<p>Pour faire rectifier ou effacer ces données, répondez à ce document ou écrivez au délégué à la protection des données.</p>
</body>
</html>
`
}
