import type { PayloadRequest } from 'payload'
import type { LeadData } from '@vitrine/contracts'

type Id = number | string

const str = (value: unknown) => (typeof value === 'string' && value ? value : undefined)

const findContact = async (req: PayloadRequest, email: string) =>
  (
    await req.payload.find({
      collection: 'contacts',
      where: { email: { equals: email } },
      limit: 1,
      pagination: false, // no count query
      depth: 0,
      joins: false, // not the person's leads: one query fewer
      req,
      overrideAccess: true,
    })
  ).docs[0]

const identityFields = ['firstName', 'lastName', 'phone', 'companyName'] as const
type Identity = Partial<Record<(typeof identityFields)[number], string | null>>

/** What a submission typed that differs from the stored identity: `{ field: { stored, typed } }`. */
const differences = (stored: Identity, typed: Record<string, unknown>) => {
  const found: Record<string, { stored: string; typed: string }> = {}
  for (const field of identityFields) {
    const value = str(typed[field])
    const current = stored[field]
    if (value && current && value !== current) found[field] = { stored: current, typed: value }
  }
  return found
}

/**
 * One contact per address, created on first contact. An anonymous submission never rewrites an
 * existing person: it only fills fields still empty; other values go to `pendingChanges` for
 * sales to check (the lead keeps what was typed). Marketing consent and the last own contact
 * are set by a confirmed action only (confirmOptIn), never by a form. See docs/adr/0020.
 */
export const upsertContact = async (
  req: PayloadRequest,
  data: LeadData,
  now: Date,
): Promise<{ id: Id; created: boolean }> => {
  const values = data as Record<string, unknown>
  const { payload } = req
  const existing = await findContact(req, data.email)
  if (existing) {
    const filled: Identity = {}
    for (const field of identityFields)
      if (!existing[field] && str(values[field])) filled[field] = str(values[field])
    const changes = differences(existing, values)
    const pendingChanges = Object.keys(changes).length
      ? { ...changes, at: now.toISOString() }
      : undefined
    if (Object.keys(filled).length || pendingChanges)
      await payload.update({
        collection: 'contacts',
        id: existing.id,
        data: { ...filled, ...(pendingChanges ? { pendingChanges } : {}) },
        depth: 0,
        select: { email: true }, // the id comes with it
        req,
        overrideAccess: true,
      })
    return { id: existing.id, created: false }
  }
  try {
    const created = await payload.create({
      collection: 'contacts',
      data: {
        email: data.email,
        firstContactAt: now.toISOString(),
        lastOwnContactAt: now.toISOString(),
        firstName: str(values.firstName),
        lastName: str(values.lastName),
        phone: str(values.phone),
        companyName: str(values.companyName),
        marketingOptIn: false,
      },
      depth: 0,
      select: { email: true }, // the id comes with it
      req,
      overrideAccess: true,
    })
    return { id: created.id, created: true }
  } catch (error) {
    // Another process (the worker's sweep, a second web instance) created it meanwhile.
    const raced = await findContact(req, data.email)
    if (!raced) throw error
    return { id: raced.id, created: false }
  }
}
