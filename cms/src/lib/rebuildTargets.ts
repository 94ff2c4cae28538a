/**
 * Where a rebuild request goes. The built-in publisher (PUBLISHER_URL, signed with
 * PUBLISHER_WEBHOOK_SECRET per the Standard Webhooks spec) and/or any number of external deploy
 * hooks (Netlify, Vercel, Cloudflare Pages build hooks) in DEPLOY_HOOK_URLS, comma-separated.
 */
export type RebuildTarget = { name: string; url: string; secret?: string }

export const rebuildTargets = (env: NodeJS.ProcessEnv = process.env): RebuildTarget[] => {
  const targets: RebuildTarget[] = []
  if (env.PUBLISHER_URL) {
    targets.push({
      name: 'publisher',
      url: `${env.PUBLISHER_URL.replace(/\/$/, '')}/hooks/rebuild`,
      secret: env.PUBLISHER_WEBHOOK_SECRET,
    })
  }
  for (const [i, raw] of (env.DEPLOY_HOOK_URLS ?? '').split(',').entries()) {
    const url = raw.trim()
    if (url) targets.push({ name: `deploy-hook-${i + 1}`, url })
  }
  return targets
}
