import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { root } from './proc.ts'

/**
 * Demo secrets are made once per clone and kept in var/ (ignored by git), so sessions survive
 * restarts. Anything already set in the environment wins.
 */
const demoSecrets = () => {
  const file = path.join(root, 'var', 'demo-secrets.json')
  const kept = fs.existsSync(file)
    ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>)
    : {}
  const secrets = {
    PAYLOAD_SECRET: crypto.randomBytes(24).toString('hex'),
    LEAD_SIGNING_SECRET: crypto.randomBytes(24).toString('hex'),
    PUBLISHER_WEBHOOK_SECRET: `whsec_${crypto.randomBytes(24).toString('base64')}`,
    PREVIEW_SECRET: crypto.randomBytes(24).toString('hex'),
    ...kept,
  }
  // A clone made before a secret existed keeps its other secrets (sessions survive) and gains it.
  if (Object.keys(kept).length === Object.keys(secrets).length) return secrets
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  return secrets
}

export const demoEnv = (): NodeJS.ProcessEnv => {
  const cmsPort = process.env.CMS_PORT || '3000'
  const sitePort = process.env.SITE_PORT || '4321'
  const publisherPort = process.env.PUBLISHER_PORT || '4322'
  const mailSmtp = process.env.MAIL_SMTP_PORT || '1025'
  const mailWeb = process.env.MAIL_WEB_PORT || '1080'
  const previewPort = process.env.PREVIEW_PORT || '4323'
  return {
    ...demoSecrets(),
    DEMO_PASSWORD: 'vitrine-demo',
    CMS_URL: `http://localhost:${cmsPort}`,
    SITE_URL: `http://localhost:${sitePort}`,
    PUBLISHER_URL: `http://localhost:${publisherPort}`,
    PREVIEW_URL: `http://localhost:${previewPort}`,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: mailSmtp,
    ...process.env,
    CMS_PORT: cmsPort,
    SITE_PORT: sitePort,
    PUBLISHER_PORT: publisherPort,
    PUBLISHER_SITE_PORT: sitePort,
    MAIL_SMTP_PORT: mailSmtp,
    MAIL_WEB_PORT: mailWeb,
    PREVIEW_PORT: previewPort,
  }
}
