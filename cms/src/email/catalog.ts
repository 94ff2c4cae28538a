/** Every automatic e-mail the site sends, and the states of an outbox record. */
export const emailTemplates = [
  'team-notification',
  'acknowledgement',
  'whitepaper-link',
  'webinar-confirmation',
  'webinar-reminder-day',
  'webinar-reminder-hour',
  'webinar-replay',
  'application-acknowledgement',
  'optin-confirmation',
] as const
export type EmailTemplate = (typeof emailTemplates)[number]

export const emailTemplateLabels: Record<EmailTemplate, string> = {
  'team-notification': 'Notification à l’équipe',
  acknowledgement: 'Accusé de réception',
  'whitepaper-link': 'Lien du livre blanc',
  'webinar-confirmation': 'Confirmation d’inscription au webinaire',
  'webinar-reminder-day': 'Rappel webinaire (la veille)',
  'webinar-reminder-hour': 'Rappel webinaire (1 h avant)',
  'webinar-replay': 'Replay du webinaire',
  'application-acknowledgement': 'Accusé de réception de candidature',
  'optin-confirmation': 'Confirmation d’inscription (double opt-in)',
}

/** E-mails sent to the person who filled a form: capped per recipient (see outbox.ts). */
export const personTemplates: readonly EmailTemplate[] = emailTemplates.filter(
  (t) => t !== 'team-notification',
)

export const emailStatuses = [
  'queued',
  'sending',
  'retrying',
  'sent',
  'failed',
  'skipped',
  'cancelled',
] as const
export type EmailStatus = (typeof emailStatuses)[number]

export const emailStatusLabels: Record<EmailStatus, string> = {
  queued: 'En attente',
  sending: 'Envoi en cours',
  retrying: 'Nouvel essai prévu',
  sent: 'Envoyé',
  failed: 'Échec',
  skipped: 'Non envoyé (plafond par destinataire)',
  cancelled: 'Annulé',
}
