/** @jsxRuntime automatic @jsxImportSource react */
import { Layout, P, PersonFooter } from './Layout'
import type { SiteLinks } from './types'

/**
 * E-mails to the address a visitor typed carry nothing that visitor typed, not even a first name:
 * anyone can type a stranger's address, and a "name" such as « Gagnez un iPhone sur www.… » would
 * then reach that stranger from our domain (audit F9). Hence one neutral greeting.
 */
export const greeting = 'Bonjour,'

/** What happens next, per kind of request (never what the person wrote: no echo to a stranger). */
export const acknowledgementText = {
  contact: {
    subject: 'Nous avons bien reçu votre message',
    body: 'Merci pour votre message. Un conseiller vous répond sous 24 heures ouvrées.',
  },
  callback: {
    subject: 'Votre demande de rappel est enregistrée',
    body: 'Merci pour votre demande. Un conseiller vous rappelle au créneau que vous avez choisi, sous 24 heures ouvrées.',
  },
  diagnostic: {
    subject: 'Votre diagnostic gratuit : prochaine étape',
    body: 'Merci pour votre demande de diagnostic. Un conseiller vous appelle sous 24 heures ouvrées pour faire le point sur vos besoins et vous proposer une solution adaptée.',
  },
  quote: {
    subject: 'Votre demande de devis est enregistrée',
    body: 'Merci pour votre demande. Vous recevez votre devis sur mesure sous 24 heures ouvrées ; un conseiller peut vous appeler pour préciser un point.',
  },
  newsletter: {
    subject: 'Votre inscription à la newsletter est confirmée',
    body: 'Merci pour votre inscription. Vous recevrez nos conseils, nos nouveaux contenus et l’annonce de nos webinaires. Chaque envoi contient un lien pour vous désinscrire à tout moment.',
  },
} as const
export type AcknowledgedKind = keyof typeof acknowledgementText

export function Acknowledgement({ kind, site }: { kind: AcknowledgedKind; site: SiteLinks }) {
  const text = acknowledgementText[kind]
  return (
    <Layout preview={text.body} title={text.subject} footer={<PersonFooter {...site} />}>
      <P>{greeting}</P>
      <P>{text.body}</P>
      <P>
        Vous n’avez rien d’autre à faire. Pour compléter votre demande, répondez simplement à cet
        e-mail.
      </P>
      <P>
        À très bientôt,
        <br />
        L’équipe Vitrine Office Services
      </P>
    </Layout>
  )
}

export function ApplicationAcknowledgement({
  talentPool,
  site,
}: {
  talentPool: boolean
  site: SiteLinks
}) {
  return (
    <Layout
      preview="Nous étudions votre candidature et revenons vers vous sous 10 jours ouvrés."
      title="Votre candidature est bien arrivée"
      footer={<PersonFooter {...site} />}
    >
      <P>{greeting}</P>
      <P>
        Merci de votre intérêt pour notre réseau de freelances. Notre équipe recrutement étudie
        votre candidature et revient vers vous sous 10 jours ouvrés, quelle que soit sa décision.
      </P>
      <P>
        {talentPool
          ? 'Comme vous l’avez accepté, nous conservons votre candidature 2 ans après notre dernier échange pour vous proposer des missions adaptées. Vous pouvez retirer cet accord à tout moment en répondant à cet e-mail.'
          : 'Nous conservons votre candidature 3 mois après notre décision (au plus 6 mois après sa réception si aucune décision n’est prise), puis nous la supprimons.'}
      </P>
      <P>
        À très bientôt,
        <br />
        L’équipe recrutement de Vitrine Office Services
      </P>
    </Layout>
  )
}
