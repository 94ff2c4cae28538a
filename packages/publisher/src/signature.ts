import fs from 'node:fs'
import path from 'node:path'
import { Webhook, WebhookVerificationError } from 'standardwebhooks'
import { errorMessage, type Logger } from './logger.ts'

/** Standard Webhooks tolerance: a message is valid 5 minutes either side of its timestamp. */
export const TOLERANCE_SECONDS = 5 * 60

export type WebhookHeaders = {
  'webhook-id': string
  'webhook-timestamp': string
  'webhook-signature': string
}

/**
 * Headers for a signed request (the CMS side and tests). `body` must be sent byte for byte
 * as signed: sign the exact JSON string you POST.
 */
export const signPayload = (
  secret: string,
  id: string,
  body: string,
  timestamp: Date = new Date(),
): WebhookHeaders => ({
  'webhook-id': id,
  'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
  'webhook-signature': new Webhook(secret).sign(id, timestamp, body),
})

export type Refusal = 'unsigned' | 'forged' | 'stale' | 'replayed'

export type Verification =
  | { ok: true; id: string; payload: unknown }
  | { ok: false; reason: Refusal; message: string; id?: string }

export type WebhookVerifier = {
  /** Checks signature, age and novelty; an accepted id is remembered (memory + disk). */
  verify: (body: string, headers: Record<string, string | string[] | undefined>) => Verification
}

const header = (headers: Record<string, string | string[] | undefined>, name: string) => {
  const value = headers[name]
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined
}

/** Remembered ids: id → epoch ms after which the id could no longer pass the timestamp check. */
const loadSeen = (file: string, logger: Logger) => {
  const seen = new Map<string, number>()
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, number>
    for (const [id, expires] of Object.entries(data)) {
      if (typeof expires === 'number') seen.set(id, expires)
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      logger.warn(
        `Could not read the seen webhook ids in ${file}, starting empty: ${errorMessage(error)}`,
      )
    }
  }
  return seen
}

export const createWebhookVerifier = ({
  secret,
  seenIdsFile,
  logger,
}: {
  secret: string
  /** Where accepted ids are kept so a restart does not reopen the replay window. */
  seenIdsFile: string
  logger: Logger
}): WebhookVerifier => {
  const webhook = new Webhook(secret)
  const seen = loadSeen(seenIdsFile, logger)

  const persist = () => {
    const now = Date.now()
    for (const [id, expires] of seen) if (expires < now) seen.delete(id)
    const tmp = `${seenIdsFile}.${process.pid}.tmp`
    try {
      fs.mkdirSync(path.dirname(seenIdsFile), { recursive: true })
      fs.writeFileSync(tmp, JSON.stringify(Object.fromEntries(seen)))
      fs.renameSync(tmp, seenIdsFile)
    } catch (error) {
      // Memory still protects this process; only a restart within 5 minutes would forget.
      logger.warn(`Could not save seen webhook ids to ${seenIdsFile}: ${errorMessage(error)}`)
    }
  }

  const verify: WebhookVerifier['verify'] = (body, headers) => {
    const id = header(headers, 'webhook-id')
    const timestamp = header(headers, 'webhook-timestamp')
    const signature = header(headers, 'webhook-signature')
    if (!id || !timestamp || !signature) {
      return {
        ok: false,
        reason: 'unsigned',
        message: 'Missing webhook-id, webhook-timestamp or webhook-signature header',
        id,
      }
    }
    try {
      webhook.verify(
        body,
        { 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': signature },
        { jsonParse: false },
      )
    } catch (error) {
      const message = errorMessage(error)
      const stale = error instanceof WebhookVerificationError && /too (old|new)/.test(message)
      return stale
        ? { ok: false, reason: 'stale', message: `${message} (more than 5 minutes off)`, id }
        : { ok: false, reason: 'forged', message: `Signature check failed: ${message}`, id }
    }
    const expires = seen.get(id)
    if (expires !== undefined && expires >= Date.now()) {
      return { ok: false, reason: 'replayed', message: `Webhook id ${id} was already received`, id }
    }
    seen.set(id, (Number.parseInt(timestamp, 10) + TOLERANCE_SECONDS + 60) * 1000)
    persist()

    let payload: unknown = undefined
    if (body.trim() !== '') {
      try {
        payload = JSON.parse(body)
      } catch {
        payload = undefined
      }
    }
    return { ok: true, id, payload }
  }

  return { verify }
}
