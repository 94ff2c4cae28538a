/** @jsxRuntime automatic @jsxImportSource react */
import { Action, Layout, P, PersonFooter } from './Layout'
import type { SiteLinks } from './types'

/**
 * Double opt-in: the address confirms it wants our marketing e-mails. Nothing the visitor typed
 * appears in it (the form could be filled with a stranger's address).
 */
export function OptInConfirmation({ confirmUrl, site }: { confirmUrl: string; site: SiteLinks }) {
  return (
    <Layout
      preview="Un clic pour confirmer que vous souhaitez recevoir nos e-mails."
      title="Confirmez votre inscription"
      footer={<PersonFooter {...site} />}
    >
      <P>Bonjour,</P>
      <P>
        Un formulaire de notre site a été envoyé avec votre adresse e-mail et la case « recevoir nos
        conseils et nos actualités » cochée. Pour recevoir ces e-mails, confirmez votre inscription
        :
      </P>
      <Action href={confirmUrl}>Je confirme mon inscription</Action>
      <P>Lien : {confirmUrl}</P>
      <P>
        Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : sans confirmation,
        nous ne vous enverrons aucune communication marketing. Ce lien reste valable 30 jours.
      </P>
      <P>L’équipe Vitrine Office Services</P>
    </Layout>
  )
}
