export type ErasureCounts = {
  leads: number
  contacts: number
  emails: number
  files: number
  /** Submissions as received (quarantined ones); not a column of the erasure log. */
  intakes?: number
}

const count = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`

/** « 2 demandes, 1 contact, 3 e-mails, 0 fichier (CV) » */
export const describeCounts = (c: ErasureCounts): string =>
  [
    count(c.leads, 'demande', 'demandes'),
    count(c.contacts, 'contact', 'contacts'),
    count(c.emails, 'e-mail', 'e-mails'),
    count(c.files, 'fichier (CV)', 'fichiers (CV)'),
    ...(c.intakes ? [count(c.intakes, 'envoi en quarantaine', 'envois en quarantaine')] : []),
  ].join(', ')

/** The counts of what findPersonData found for one address. */
export const countsOf = (data: {
  leads: unknown[]
  contacts: unknown[]
  emails: unknown[]
  resumes: unknown[]
  intakes: unknown[]
}): ErasureCounts => ({
  leads: data.leads.length,
  contacts: data.contacts.length,
  emails: data.emails.length,
  files: data.resumes.length,
  intakes: data.intakes.length,
})
