/** @jsxRuntime automatic @jsxImportSource react */
import { Link } from '@react-email/components'
import { Action, Layout, P, PersonFooter } from './Layout'
import { greeting } from './PersonEmails'
import { parisDateTime, type SiteLinks } from './types'

export type WebinarInfo = {
  title: string
  startsAt: string
  durationMinutes: number
  joinUrl?: string | null
  pageUrl: string
}

type Props = { webinar: WebinarInfo; site: SiteLinks }

const hello = () => <P>{greeting}</P>

function Join({ webinar }: { webinar: WebinarInfo }) {
  if (webinar.joinUrl) return <Action href={webinar.joinUrl}>Rejoindre le webinaire</Action>
  return <P>Le lien de connexion vous sera envoyé dans le rappel, la veille du webinaire.</P>
}

export function WebinarConfirmation({ webinar, site }: Props) {
  const when = parisDateTime(webinar.startsAt)
  return (
    <Layout
      preview={`Rendez-vous le ${when} (heure de Paris).`}
      title="Votre inscription est confirmée"
      footer={<PersonFooter {...site} />}
    >
      {hello()}
      <P>
        Vous êtes inscrit·e au webinaire « <Link href={webinar.pageUrl}>{webinar.title}</Link> », le{' '}
        {when} (heure de Paris), durée {webinar.durationMinutes} minutes.
      </P>
      <Join webinar={webinar} />
      <P>
        L’invitation jointe (fichier .ics) ajoute le webinaire à votre agenda. Nous vous enverrons
        un rappel la veille et une heure avant le début.
      </P>
      <P>
        À bientôt en direct,
        <br />
        L’équipe Vitrine Office Services
      </P>
    </Layout>
  )
}

export function WebinarReminder({ webinar, site, which }: Props & { which: 'day' | 'hour' }) {
  const when = parisDateTime(webinar.startsAt)
  const title =
    which === 'day' ? 'Votre webinaire, c’est demain' : 'Votre webinaire commence dans une heure'
  return (
    <Layout
      preview={`« ${webinar.title} » : ${when} (heure de Paris).`}
      title={title}
      footer={<PersonFooter {...site} />}
    >
      {hello()}
      <P>
        Petit rappel : le webinaire « {webinar.title} » commence le {when} (heure de Paris) et dure{' '}
        {webinar.durationMinutes} minutes.
      </P>
      <Join webinar={webinar} />
      <P>Un empêchement ? Pas de souci : vous recevrez le lien du replay après le direct.</P>
    </Layout>
  )
}

export function WebinarReplay({ webinar, site, replayUrl }: Props & { replayUrl: string }) {
  return (
    <Layout
      preview={`Le replay de « ${webinar.title} » est en ligne.`}
      title="Le replay est disponible"
      footer={<PersonFooter {...site} />}
    >
      {hello()}
      <P>
        Merci de vous être inscrit·e au webinaire « {webinar.title} ». L’enregistrement est en ligne
        :
      </P>
      <Action href={replayUrl}>Voir le replay</Action>
      <P>
        Envie d’en parler pour votre entreprise ? Répondez à cet e-mail : un conseiller vous
        rappelle.
      </P>
    </Layout>
  )
}
