/**
 * The secrets a production CMS cannot work without (docs/adr/0015-secrets-and-key-rotation.md):
 * sessions, form tokens and download links, draft previews, and the publisher's webhook when a
 * publisher is configured. Outside production each has a development fallback.
 */
export const missingProductionSecrets = (env: NodeJS.ProcessEnv = process.env): string[] => {
  const required = ['PAYLOAD_SECRET', 'LEAD_SIGNING_SECRET', 'PREVIEW_SECRET']
  if (env.PUBLISHER_URL) required.push('PUBLISHER_WEBHOOK_SECRET')
  return required.filter((name) => !env[name]?.trim())
}

/**
 * Production (web process, worker, any `payload` command) stops here, with one line naming every
 * missing secret, instead of failing each lead with a 500 later. `next build` is not a start.
 */
export const refuseProductionWithoutSecrets = (env: NodeJS.ProcessEnv = process.env): void => {
  if (env.NODE_ENV !== 'production' || env.NEXT_PHASE === 'phase-production-build') return
  const missing = missingProductionSecrets(env)
  if (!missing.length) return
  console.error(
    `Refusing to start in production: missing secret${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (set each in the environment; see README › Configuration)`,
  )
  process.exit(1)
}
