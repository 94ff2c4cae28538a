/** @jsxRuntime automatic @jsxImportSource react */
import { Link } from '@react-email/components'
import { Action, Layout, P, PersonFooter } from './Layout'
import { greeting } from './PersonEmails'
import { parisDateTime, type SiteLinks } from './types'

export type WhitePaperLinkProps = {
  title: string
  downloadUrl: string
  expiresAt: Date
  landingUrl: string
  site: SiteLinks
}

export function WhitePaperLink({
  title,
  downloadUrl,
  expiresAt,
  landingUrl,
  site,
}: WhitePaperLinkProps) {
  return (
    <Layout
      preview={`Votre livre blanc « ${title} » est prêt à télécharger.`}
      title="Votre livre blanc est prêt"
      footer={<PersonFooter {...site} />}
    >
      <P>{greeting}</P>
      <P>Merci de votre intérêt. Voici votre exemplaire de « {title} » (PDF) :</P>
      <Action href={downloadUrl}>Télécharger le livre blanc</Action>
      <P>
        Ce lien personnel est valable jusqu’au {parisDateTime(expiresAt)}. Passé ce délai, demandez
        un nouveau lien sur <Link href={landingUrl}>la page du livre blanc</Link>.
      </P>
      <P>Une question sur le sujet ? Répondez à cet e-mail : un conseiller vous répond.</P>
      <P>
        Bonne lecture,
        <br />
        L’équipe Vitrine Office Services
      </P>
    </Layout>
  )
}
