/** Every kind of lead the site collects: one form each, one schema each. */
export const leadKinds = [
  'contact',
  'callback',
  'diagnostic',
  'quote',
  'whitepaper',
  'webinar',
  'freelancer_application',
  'newsletter',
] as const

export type LeadKind = (typeof leadKinds)[number]

export function isLeadKind(value: unknown): value is LeadKind {
  return typeof value === 'string' && (leadKinds as readonly string[]).includes(value)
}

/** French name of each kind, as shown in the admin and in team notifications. */
export const leadKindLabels: Record<LeadKind, string> = {
  contact: 'Demande de contact',
  callback: 'Demande de rappel',
  diagnostic: 'Diagnostic gratuit',
  quote: 'Demande de devis',
  whitepaper: 'Téléchargement de livre blanc',
  webinar: 'Inscription au webinaire',
  freelancer_application: 'Candidature freelance',
  newsletter: 'Inscription à la newsletter',
}

/** Where the person lands after a successful submission (static pages of the site). */
export const thankYouPathByKind: Record<LeadKind, `/merci/${string}/`> = {
  contact: '/merci/contact/',
  callback: '/merci/rappel/',
  diagnostic: '/merci/diagnostic/',
  quote: '/merci/devis/',
  whitepaper: '/merci/livre-blanc/',
  webinar: '/merci/webinaire/',
  freelancer_application: '/merci/candidature/',
  newsletter: '/merci/newsletter/',
}

/** Where a lead stands in the sales pipeline. */
export const leadStatuses = ['nouveau', 'contacte', 'qualifie', 'gagne', 'perdu'] as const

export type LeadStatus = (typeof leadStatuses)[number]

export const leadStatusLabels: Record<LeadStatus, string> = {
  nouveau: 'Nouveau',
  contacte: 'Contacté',
  qualifie: 'Qualifié',
  gagne: 'Gagné',
  perdu: 'Perdu',
}

/** Statuses that close a lead: the date a lead reaches one of them is its "decision" date. */
export const decisionStatuses = ['gagne', 'perdu'] as const satisfies readonly LeadStatus[]
