import type { Payload } from 'payload'

/**
 * Claims `key` for this caller, atomically across every process on the database: the insert into
 * `claims` succeeds for exactly one caller (unique index), whatever the adapter. Returns false when
 * someone holds it already. Runs outside any request transaction: a claim is visible to the other
 * processes at once and survives a rollback of the caller's work.
 */
export const claimOnce = async (
  payload: Payload,
  key: string,
  ttlMs: number,
  /** Groups claims that are counted together (the slots of one rate-limit window). */
  scope?: string,
): Promise<boolean> => {
  try {
    await payload.db.create({
      collection: 'claims',
      data: { key, scope, expiresAt: new Date(Date.now() + ttlMs).toISOString() },
      req: {},
      returning: false,
    })
    return true
  } catch (error) {
    const held = await payload.db.findOne({
      collection: 'claims',
      where: { key: { equals: key } },
      req: {},
    })
    if (held) return false
    // The driver's own error (e.g. SQLITE_BUSY) is the cause of the adapter's: name both.
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : ''
    throw new Error(
      `claimOnce: could not write claim "${key}": ${error instanceof Error ? error.message : String(error)}${cause ? ` (cause: ${cause})` : ''}`,
      { cause: error },
    )
  }
}
