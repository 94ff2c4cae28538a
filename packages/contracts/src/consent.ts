import type { LeadKind } from './kinds'

/**
 * The privacy notice shown at each form (RGPD art. 13): who collects, why, on which legal basis,
 * how long, which rights, where the full policy is. Bump `version` whenever a text changes: the
 * version the person saw is stored with the lead.
 */

export const dataController = {
  name: 'Vitrine Office Services',
  legalForm: 'SAS',
  city: 'Lyon',
  privacyEmail: 'donnees-personnelles@vitrine-office-services.example',
} as const

/**
 * How to exercise one's rights, with the address to write to. The site passes the address of its
 * Site settings (« Référent données personnelles »), the same the e-mails and the privacy page
 * give; `dataController.privacyEmail` is the fallback when the settings have none.
 */
export const rightsText = (privacyEmail: string) =>
  `Vous pouvez accéder à vos données, les rectifier, les effacer, vous opposer à leur traitement, en limiter l’usage, demander leur portabilité et retirer votre consentement, en écrivant à ${privacyEmail} : nous répondons sous un mois. Vous pouvez aussi adresser une réclamation à la CNIL (cnil.fr).`

export const PRIVACY_POLICY_PATH = '/politique-de-confidentialite/'

/** Legal bases of RGPD art. 6.1 used by the forms. */
export const legalBases = ['consent', 'contract', 'legitimate_interest'] as const
export type LegalBasis = (typeof legalBases)[number]

export const legalBasisLabels: Record<LegalBasis, string> = {
  consent: 'Consentement (art. 6.1.a du RGPD)',
  contract:
    'Exécution d’un contrat ou de mesures précontractuelles prises à votre demande (art. 6.1.b du RGPD)',
  legitimate_interest: 'Intérêt légitime (art. 6.1.f du RGPD)',
}

/**
 * Why each basis:
 * - contact, callback, diagnostic, quote: the person asks on behalf of a company, which is the
 *   future contracting party, not the person; answering and following up is our legitimate
 *   interest (the person expects it, and may object at any time).
 * - whitepaper, webinar: sending the document / registering to the session is the free service
 *   the person asks for (6.1.b). Sales follow-up is B2B prospecting, also stated in the notice.
 * - freelancer_application: studying an application the freelancer sends us, who would be the
 *   contracting party: pre-contractual steps at their request (6.1.b).
 * - newsletter: consent, given by the required opt-in box, withdrawable by a one-click link.
 * The marketing opt-in present on every form is always consent-based (marketingLegalBasis).
 */
export const legalBasisByKind: Record<LeadKind, LegalBasis> = {
  contact: 'legitimate_interest',
  callback: 'legitimate_interest',
  diagnostic: 'legitimate_interest',
  quote: 'legitimate_interest',
  whitepaper: 'contract',
  webinar: 'contract',
  freelancer_application: 'contract',
  newsletter: 'consent',
}

export const marketingLegalBasis: LegalBasis = 'consent'

interface KindNotice {
  purpose: string
  legalBasis: string
  retention: string
}

const PROSPECT_RETENTION =
  '3 ans à compter de notre dernier échange à votre initiative, puis suppression.'

const followUp =
  'notre intérêt légitime pour vous présenter ensuite nos services (vous pouvez vous y opposer à tout moment)'

const byKind: Record<LeadKind, KindNotice> = {
  contact: {
    purpose: 'Répondre à votre message et assurer le suivi de votre demande.',
    legalBasis: 'Notre intérêt légitime à répondre aux demandes qui nous sont adressées.',
    retention: PROSPECT_RETENTION,
  },
  callback: {
    purpose: 'Vous rappeler au moment choisi et étudier votre besoin.',
    legalBasis: 'Notre intérêt légitime à répondre aux demandes des entreprises.',
    retention: PROSPECT_RETENTION,
  },
  diagnostic: {
    purpose: 'Réaliser le diagnostic gratuit de vos besoins et vous en présenter les résultats.',
    legalBasis: 'Notre intérêt légitime à répondre aux demandes des entreprises.',
    retention: PROSPECT_RETENTION,
  },
  quote: {
    purpose: 'Établir votre devis, vous l’adresser et en assurer le suivi.',
    legalBasis: 'Notre intérêt légitime à répondre aux demandes des entreprises.',
    retention: PROSPECT_RETENTION,
  },
  whitepaper: {
    purpose:
      'Vous envoyer le lien de téléchargement du livre blanc, puis vous proposer un échange.',
    legalBasis: `L’exécution du service que vous demandez (envoi du livre blanc) ; ${followUp}.`,
    retention: PROSPECT_RETENTION,
  },
  webinar: {
    purpose:
      'Gérer votre inscription : confirmation, lien de connexion, rappels et replay, puis vous proposer un échange.',
    legalBasis: `L’exécution du service que vous demandez (inscription au webinaire) ; ${followUp}.`,
    retention: PROSPECT_RETENTION,
  },
  freelancer_application: {
    purpose: 'Étudier votre candidature et vous proposer des missions adaptées à votre profil.',
    legalBasis:
      'Les mesures précontractuelles prises à votre demande (étude de votre candidature).',
    retention:
      '3 mois après notre décision, et au plus 6 mois après sa réception si aucune décision n’est prise ; 2 ans après notre dernier échange si vous acceptez que nous conservions votre candidature.',
  },
  newsletter: {
    purpose: 'Vous envoyer notre newsletter : conseils, nouveaux contenus et prochains webinaires.',
    legalBasis:
      'Votre consentement, que vous pouvez retirer à tout moment par le lien de désinscription.',
    retention:
      'Jusqu’à votre désinscription, et au plus 3 ans après votre dernier échange à votre initiative.',
  },
}

export const privacyNotice = {
  version: '2026-12-01',
  controller: `${dataController.name} (${dataController.legalForm}, ${dataController.city}), responsable du traitement.`,
  recipients:
    'Nos équipes commerciales et de recrutement, et nos prestataires techniques (hébergement, envoi d’e-mails), dans l’Union européenne.',
  rights: rightsText(dataController.privacyEmail),
  rightsList: [
    'accès',
    'rectification',
    'effacement',
    'opposition',
    'limitation',
    'portabilité',
    'réclamation auprès de la CNIL',
  ],
  policyPath: PRIVACY_POLICY_PATH,
  policyLinkLabel: 'Lire notre politique de confidentialité',
  byKind,
} as const

export interface Notice extends KindNotice {
  version: string
  controller: string
  recipients: string
  rights: string
  rightsList: readonly string[]
  policyPath: string
  policyLinkLabel: string
}

/** Everything a form shows about personal data, for one kind, ready to render. */
export function noticeFor(kind: LeadKind): Notice {
  const { byKind: kinds, ...common } = privacyNotice
  return { ...common, ...kinds[kind] }
}
