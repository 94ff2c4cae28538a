import crypto from 'node:crypto'
import type { TaskConfig } from 'payload'
import { REBUILD_REQUESTED, signPayload, type RebuildRequestBody } from '@vitrine/publisher/webhook'
import { rebuildTargets, type RebuildTarget } from '../lib/rebuildTargets'

/** Signed per the Standard Webhooks spec when the target has a secret (the built-in publisher). */
export const sendRebuildWebhook = async (target: RebuildTarget, body: RebuildRequestBody) => {
  const payload = JSON.stringify(body)
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    ...(target.secret ? signPayload(target.secret, `msg_${crypto.randomUUID()}`, payload) : {}),
  }
  const response = await fetch(target.url, {
    method: 'POST',
    headers,
    body: payload,
    signal: AbortSignal.timeout(10_000),
  }).catch((error: Error & { cause?: { code?: string } }) => {
    throw new Error(
      `Rebuild webhook to ${target.name} (${target.url}) could not be sent: ${error.cause?.code ?? error.message}`,
    )
  })
  if (!response.ok) {
    const detail = (await response.text().catch(() => '')).slice(0, 200)
    throw new Error(
      `Rebuild webhook to ${target.name} (${target.url}) answered ${response.status}: ${detail}`,
    )
  }
  return { target: target.name, status: response.status }
}

/**
 * One job per burst of changes (see hooks/queueRebuild.ts): tells every target to rebuild.
 * A target that fails makes the job retry with backoff; the error shows in the jobs list.
 */
export const requestRebuildTask: TaskConfig<'requestRebuild'> = {
  slug: 'requestRebuild',
  label: 'Demander la reconstruction du site',
  inputSchema: [{ name: 'reason', type: 'text' }],
  outputSchema: [{ name: 'sent', type: 'json' }],
  retries: { attempts: 6, backoff: { type: 'exponential', delay: 2000 } },
  handler: async ({ input, req }) => {
    const changes = await req.payload.find({
      collection: 'site-changes',
      where: { createdAt: { greater_than: new Date(Date.now() - 10 * 60_000).toISOString() } },
      sort: '-createdAt',
      limit: 50,
      depth: 0,
      req,
    })
    const body: RebuildRequestBody = {
      type: REBUILD_REQUESTED,
      reason: input?.reason ?? 'content changed',
      documents: changes.docs.map((c) => ({
        collection: c.collection,
        id: c.docId,
        action: c.action,
        title: c.title,
      })),
    }
    const targets = rebuildTargets()
    if (targets.length === 0) {
      req.payload.logger.warn(
        'requestRebuild: no target configured (set PUBLISHER_URL or DEPLOY_HOOK_URLS); nothing sent',
      )
      return { output: { sent: [] } }
    }
    const sent = []
    for (const target of targets) sent.push(await sendRebuildWebhook(target, body))
    return { output: { sent } }
  },
}
