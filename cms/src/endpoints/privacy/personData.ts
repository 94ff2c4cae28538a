import { readStoredFile } from '../../lib/storedFile'
import type { PayloadRequest, Where } from 'payload'
import { fieldRules } from '@vitrine/contracts'

/** The address of the request body, normalised like the forms do; null if it is not one. */
export const readEmail = async (req: PayloadRequest): Promise<string | null> => {
  const body = (await req.json?.().catch(() => null)) as { email?: unknown } | null
  const parsed = fieldRules.email.safeParse(body?.email)
  return parsed.success ? parsed.data : null
}

const all = async <S extends 'leads' | 'contacts' | 'emails' | 'resumes' | 'lead-intakes'>(
  req: PayloadRequest,
  collection: S,
  where: Where,
) =>
  (
    await req.payload.find({
      collection,
      where,
      pagination: false,
      limit: 0,
      depth: 0,
      req,
      overrideAccess: true,
    })
  ).docs

/** Everything held about one address, as stored. */
export const findPersonData = async (req: PayloadRequest, email: string) => {
  const [leads, contacts, emails, resumes, intakes] = await Promise.all([
    all(req, 'leads', { email: { equals: email } }),
    all(req, 'contacts', { email: { equals: email } }),
    all(req, 'emails', { or: [{ person: { equals: email } }, { to: { equals: email } }] }),
    all(req, 'resumes', { person: { equals: email } }),
    // Submissions as received: quarantined ones keep what was typed for up to 30 days.
    all(req, 'lead-intakes', { email: { equals: email } }),
  ])
  return { leads, contacts, emails, resumes, intakes }
}

/** A CV's bytes (base64) for the export; null if the file is gone. */
export const fileContent = async (
  req: PayloadRequest,
  resume: { filename?: string | null; prefix?: string | null },
): Promise<string | null> =>
  (await readStoredFile(req, 'resumes', resume))?.toString('base64') ?? null
