/** Where a received submission stands: waiting for the intake task, held, or turned into a lead. */
export const intakeStatuses = ['pending', 'quarantined', 'processed'] as const
export type IntakeStatus = (typeof intakeStatuses)[number]

export const intakeStatusLabels: Record<IntakeStatus, string> = {
  pending: 'En cours d’enregistrement',
  quarantined: 'En quarantaine',
  processed: 'Transformé en demande',
}

/** The soft checks a submission can fail: it is kept, not sent on, until someone looks. */
export const quarantineReasons = [
  'honeypot',
  'tooFast',
  'tokenMissing',
  'tokenInvalid',
  'tokenExpired',
  'tokenReplayed',
  'pageToken',
  'unconfirmed',
] as const
export type QuarantineReason = (typeof quarantineReasons)[number]

export const quarantineReasonLabels: Record<QuarantineReason, string> = {
  honeypot: 'Champ piège rempli (robot, ou remplissage automatique du navigateur)',
  tooFast: 'Envoyé moins de 3 secondes après l’affichage du formulaire',
  tokenMissing: 'Sans jeton de formulaire (robot, ou page très ancienne)',
  tokenInvalid: 'Jeton de formulaire falsifié ou d’une autre installation',
  tokenExpired: 'Jeton de formulaire de plus de 30 jours',
  tokenReplayed: 'Jeton de formulaire déjà utilisé par un autre envoi',
  pageToken:
    'Envoyé sans JavaScript (jeton commun à toutes les pages) : probablement une vraie personne, à vérifier',
  unconfirmed:
    'Envoyé sans JavaScript et non confirmé : la personne n’a pas validé la page « Confirmez votre demande » (abandon, ou robot), à vérifier',
}
