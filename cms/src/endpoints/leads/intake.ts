import crypto from 'node:crypto'
import type { PayloadRequest } from 'payload'
import { FORM_TOKEN_FIELD, HONEYPOT_FIELD, type LeadData } from '@vitrine/contracts'
import type { QuarantineReason } from '../../collections/LeadIntakes/labels'
import { durableWrite } from '../../lib/database'
import type { References } from './references'

type Id = number | string

export type IntakeInput = {
  data: LeadData
  refs: References
  cv?: Id
  /** Set when a soft check failed: the record is held for sales, nothing is sent. */
  reason?: QuarantineReason
  tokenNonce?: string
  /** The client address as the CMS sees it (lib/clientIp.ts); stored only as a hash. */
  clientIp?: string
}

/** A stable, non-reversible key for a client address (the limiters hash their keys again). */
export const clientKey = (ip: string): string =>
  crypto.createHash('sha256').update(`client:${ip}`).digest('base64url').slice(0, 22)

/** Same answers, same hash: a double click or a re-sent page. The token and honeypot do not count. */
export const contentHash = (data: LeadData): string => {
  const values = Object.entries(data as Record<string, unknown>)
    .filter(([k, v]) => v !== undefined && k !== FORM_TOKEN_FIELD && k !== HONEYPOT_FIELD)
    .sort(([a], [b]) => (a < b ? -1 : 1))
  return crypto.createHash('sha256').update(JSON.stringify(values)).digest('base64url')
}

const findByNonce = async (req: PayloadRequest, nonce: string) =>
  (
    await req.payload.find({
      collection: 'lead-intakes',
      where: { tokenNonce: { equals: nonce } },
      limit: 1,
      pagination: false,
      depth: 0,
      select: { contentHash: true },
      req,
      overrideAccess: true,
    })
  ).docs[0]

export type Written = { key: string; status: 'pending' | 'quarantined' } | { duplicate: true }

/**
 * The one durable write of a submission: the record as received, without read-back, in a
 * commit that survives a power cut (durableWrite). A form token is good for one submission: a
 * second one with the same nonce is a double click when its answers are the same (nothing
 * written, answered as a success), else a replay, written to quarantine.
 */
export const writeIntake = async (req: PayloadRequest, input: IntakeInput): Promise<Written> => {
  const now = new Date().toISOString()
  const hash = contentHash(input.data)
  const record = (reason: QuarantineReason | undefined, tokenNonce: string | undefined) => ({
    key: crypto.randomUUID(),
    status: reason ? ('quarantined' as const) : ('pending' as const),
    reason,
    kind: input.data.kind,
    email: input.data.email,
    data: input.data,
    refs: input.refs,
    cv: input.cv,
    tokenNonce,
    contentHash: hash,
    client: input.clientIp ? clientKey(input.clientIp) : undefined,
    createdAt: now,
    updatedAt: now,
  })
  const write = async (doc: ReturnType<typeof record>) => {
    await durableWrite(req.payload, () =>
      req.payload.db.create({ collection: 'lead-intakes', data: doc, req, returning: false }),
    )
    return { key: doc.key, status: doc.status }
  }
  try {
    return await write(record(input.reason, input.tokenNonce))
  } catch (error) {
    // Only a unique-nonce refusal has a record with that nonce behind it; anything else rethrows.
    const used = input.tokenNonce ? await findByNonce(req, input.tokenNonce) : undefined
    if (!used) throw error
    if (used.contentHash === hash) return { duplicate: true }
    return write(record('tokenReplayed', undefined))
  }
}
