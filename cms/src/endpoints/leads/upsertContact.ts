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

/** One contact per address: created on first contact, refreshed (last own contact = now) after. */
export const upsertContact = async (
  req: PayloadRequest,
  data: LeadData,
  now: Date,
): Promise<{ id: Id; created: boolean }> => {
  const values = data as Record<string, unknown>
  const { payload } = req
  const existing = await findContact(req, data.email)
  const fresh = {
    firstName: str(values.firstName) ?? existing?.firstName ?? undefined,
    lastName: str(values.lastName) ?? existing?.lastName ?? undefined,
    phone: str(values.phone) ?? existing?.phone ?? undefined,
    companyName: str(values.companyName) ?? existing?.companyName ?? undefined,
    lastOwnContactAt: now.toISOString(),
    marketingOptIn: Boolean(existing?.marketingOptIn) || values.marketingOptIn === true,
  }
  if (existing) {
    await payload.update({
      collection: 'contacts',
      id: existing.id,
      data: fresh,
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
      data: { email: data.email, firstContactAt: now.toISOString(), ...fresh },
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
