/** @jsxRuntime automatic @jsxImportSource react */
import { Section, Text } from '@react-email/components'
import { Action, Layout, P } from './Layout'

export type TeamNotificationProps = {
  kindLabel: string
  who: string
  rows: [label: string, value: string][]
  message?: string | null
  adminUrl: string
}

const row = { fontSize: '14px', lineHeight: '20px', margin: '0 0 6px' }
const value = { fontSize: '14px', margin: '4px 0', whiteSpace: 'pre-wrap' as const }

/** Everything the person filled in, for the sales team; reply-to is the person. */
export function TeamNotification({
  kindLabel,
  who,
  rows,
  message,
  adminUrl,
}: TeamNotificationProps) {
  return (
    <Layout preview={`${kindLabel} : ${who}`} title={`Nouvelle demande : ${kindLabel}`}>
      <P>
        {who} vient de remplir un formulaire du site. Répondez directement à cet e-mail pour lui
        écrire.
      </P>
      <Section>
        {rows.map(([l, v]) => (
          <Text key={l} style={row}>
            <strong>{l} :</strong> {v}
          </Text>
        ))}
      </Section>
      {message ? (
        <>
          <P>Message :</P>
          <Text style={{ ...value, borderLeft: '3px solid #dde3e6', paddingLeft: '12px' }}>
            {message}
          </Text>
        </>
      ) : null}
      <Action href={adminUrl}>Ouvrir la demande dans l’admin</Action>
    </Layout>
  )
}
