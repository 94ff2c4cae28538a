/** @jsxRuntime automatic @jsxImportSource react */
import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Link,
  Preview,
  Section,
  Text,
} from '@react-email/components'
import type { CSSProperties, ReactNode } from 'react'

export const brandName = 'Vitrine Office Services'
const accent = '#0f4c5c'

const body: CSSProperties = {
  backgroundColor: '#f4f6f7',
  fontFamily: 'Helvetica, Arial, sans-serif',
  color: '#1d2a30',
  margin: 0,
  padding: '24px 0',
}
const container: CSSProperties = {
  backgroundColor: '#ffffff',
  maxWidth: '600px',
  margin: '0 auto',
  padding: '32px',
  borderRadius: '8px',
}
const brand: CSSProperties = {
  color: accent,
  fontWeight: 700,
  fontSize: '14px',
  letterSpacing: '0.04em',
  textTransform: 'uppercase',
  margin: '0 0 16px',
}
const h1: CSSProperties = {
  fontSize: '22px',
  lineHeight: '30px',
  margin: '0 0 16px',
  color: '#1d2a30',
}
export const paragraph: CSSProperties = { fontSize: '16px', lineHeight: '24px', margin: '0 0 16px' }
const small: CSSProperties = {
  fontSize: '12px',
  lineHeight: '18px',
  color: '#5b6b73',
  margin: '0 0 8px',
}
const button: CSSProperties = {
  backgroundColor: accent,
  color: '#ffffff',
  padding: '12px 20px',
  borderRadius: '6px',
  fontWeight: 700,
  fontSize: '16px',
  textDecoration: 'none',
}

export function P({ children }: { children: ReactNode }) {
  return <Text style={paragraph}>{children}</Text>
}

/** A call to action: a real link styled as a button, with the address written out below for text clients. */
export function Action({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Section style={{ margin: '24px 0' }}>
      <Button href={href} style={button}>
        {children}
      </Button>
      <Text style={small}>
        Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :{' '}
        <Link href={href}>{href}</Link>
      </Text>
    </Section>
  )
}

export type LayoutProps = {
  preview: string
  title: string
  children: ReactNode
  /** Why the person gets this e-mail and how to exercise their rights; omitted for the team. */
  footer?: ReactNode
}

/** Shared frame of every e-mail: one column, 600 px, inline styles (what mail clients support). */
export function Layout({ preview, title, children, footer }: LayoutProps) {
  return (
    <Html lang="fr" dir="ltr">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={body}>
        <Container style={container}>
          <Text style={brand}>{brandName}</Text>
          <Heading as="h1" style={h1}>
            {title}
          </Heading>
          {children}
          <Hr style={{ borderColor: '#dde3e6', margin: '24px 0 16px' }} />
          {footer ?? <Text style={small}>E-mail automatique envoyé par le site {brandName}.</Text>}
        </Container>
      </Body>
    </Html>
  )
}

/** Footer of e-mails sent to a visitor: why they get it, where the privacy policy is. */
export function PersonFooter({
  siteUrl,
  policyUrl,
  privacyEmail,
}: {
  siteUrl: string
  policyUrl: string
  privacyEmail: string
}) {
  return (
    <>
      <Text style={small}>
        Vous recevez cet e-mail parce que cette adresse a été saisie dans un formulaire du site{' '}
        <Link href={siteUrl}>{siteUrl}</Link>. Si ce n’est pas vous, ignorez ce message : vous ne
        recevrez rien d’autre.
      </Text>
      <Text style={small}>
        Vos données : <Link href={policyUrl}>politique de confidentialité</Link>. Pour y accéder ou
        les faire effacer, écrivez à <Link href={`mailto:${privacyEmail}`}>{privacyEmail}</Link>.
      </Text>
    </>
  )
}
