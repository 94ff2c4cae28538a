import type { Payload } from 'payload'
import type { SpamReason } from '../../globals/SpamStats'

const FLUSH_AFTER_MS = 5_000
let pending: Partial<Record<SpamReason, number>> = {}
let timer: NodeJS.Timeout | null = null
let lastAt: Date | null = null

/**
 * Counts a rejected submission: one English log line now, the counter in the `spam-stats` global
 * a few seconds later (batched, so a flood of bots does not become a flood of writes).
 */
export const countSpam = (payload: Payload, reason: SpamReason, detail: string) => {
  payload.logger.warn(`leads/submit: rejected (${reason}) ${detail}`)
  pending[reason] = (pending[reason] ?? 0) + 1
  lastAt = new Date()
  timer ??= setTimeout(() => void flushSpamCounts(payload), FLUSH_AFTER_MS)
  timer.unref?.()
}

/** Adds the pending counts to the global (read-modify-write: fine for one process). */
export const flushSpamCounts = async (payload: Payload) => {
  if (timer) clearTimeout(timer)
  timer = null
  const batch = pending
  pending = {}
  if (Object.keys(batch).length === 0) return
  try {
    const current = (await payload.findGlobal({ slug: 'spam-stats', depth: 0 })) as Partial<
      Record<SpamReason, number | null>
    >
    const data: Record<string, unknown> = { lastRejectedAt: lastAt?.toISOString() }
    for (const [reason, n] of Object.entries(batch))
      data[reason] = (current[reason as SpamReason] ?? 0) + n
    await payload.updateGlobal({ slug: 'spam-stats', data, depth: 0 })
  } catch (error) {
    payload.logger.error(
      `leads/submit: could not update the spam-stats counters: ${(error as Error).message}`,
    )
  }
}
