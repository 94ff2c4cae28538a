import type { Endpoint, PayloadRequest } from 'payload'
import { hasRole } from '../../access/roles'
import { purgeExpiredLeads } from '../../jobs/purgeExpiredLeads'
import { fileContent, findPersonData, readEmail } from './personData'
import { personDocument } from './personDocument'
import { recordErasure } from './recordErasure'
import { summarisePersonData } from './summary'
import { eraseExportsListing, eraseJobsNaming, removeOrphanCvFiles } from './personTraces'

const forbidden = () => Response.json({ error: 'Réservé aux administrateurs.' }, { status: 403 })
const badEmail = () =>
  Response.json(
    { error: 'Indiquez l’adresse e-mail de la personne, par exemple nom@entreprise.fr.' },
    { status: 400 },
  )

/** POST /api/privacy/export { email } → every record held about the address (right of access). */
export const exportPersonData = async (req: PayloadRequest): Promise<Response> => {
  if (!hasRole(req.user, 'admin')) return forbidden()
  const email = await readEmail(req)
  if (!email) return badEmail()
  const data = await findPersonData(req, email)
  if ((req.query as { format?: string } | undefined)?.format === 'html') {
    // The readable French document for the person (the JSON below is for portability).
    return new Response(personDocument(email, data), {
      status: 200,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
    })
  }
  const files = await Promise.all(
    data.resumes.map(async (r) => ({ ...r, contentBase64: await fileContent(req, r) })),
  )
  req.payload.logger.info(
    `privacy/export: exported ${data.leads.length} leads, ${data.emails.length} e-mails, ${files.length} files (by user ${req.user?.id})`,
  )
  const body = {
    email,
    exportedAt: new Date().toISOString(),
    contacts: data.contacts,
    leads: data.leads,
    intakes: data.intakes,
    emails: data.emails,
    files,
  }
  return new Response(JSON.stringify(body, null, 2), {
    status: 200,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="donnees-${email.replace(/[^a-z0-9]+/g, '-')}.json"`,
      'Cache-Control': 'no-store',
    },
  })
}

/**
 * Deletes everything held about one address (right to erasure): its leads (with their CVs and
 * e-mail records), the contact, any other e-mail record or CV naming it, the saved exports that
 * list it, the jobs whose input or log name it, and CV files no record points to. Queued e-mails
 * then never go out (their job finds no record). The answer counts what was removed.
 */
export const erasePersonData = async (req: PayloadRequest): Promise<Response> => {
  if (!hasRole(req.user, 'admin')) return forbidden()
  const email = await readEmail(req)
  if (!email) return badEmail()
  const before = await findPersonData(req, email)
  const del = (
    collection: 'leads' | 'contacts' | 'emails' | 'resumes' | 'lead-intakes',
    id: number | string,
  ) => req.payload.delete({ collection, id, req, overrideAccess: true }).catch(() => undefined)
  for (const lead of before.leads) await del('leads', lead.id)
  for (const contact of before.contacts) await del('contacts', contact.id)
  for (const record of before.emails) await del('emails', record.id)
  for (const file of before.resumes) await del('resumes', file.id)
  for (const intake of before.intakes) await del('lead-intakes', intake.id)
  const exports = await eraseExportsListing(req, email)
  const jobs = await eraseJobsNaming(req, email)
  const orphanFiles = await removeOrphanCvFiles(req)
  const after = await findPersonData(req, email)
  const left =
    after.leads.length +
    after.contacts.length +
    after.emails.length +
    after.resumes.length +
    after.intakes.length
  const erased = {
    leads: before.leads.length,
    contacts: before.contacts.length,
    emails: before.emails.length,
    files: before.resumes.length,
    intakes: before.intakes.length,
    exports,
    jobs,
    orphanFiles,
  }
  req.payload.logger.info(
    `privacy/erase: erased ${JSON.stringify(erased)}, ${left} left (by user ${req.user?.id})`,
  )
  await recordErasure(req, erased, left === 0)
  if (left > 0)
    return Response.json(
      { ok: false, erased, error: 'Une partie des données n’a pas pu être effacée : réessayez.' },
      { status: 500 },
    )
  return Response.json({
    ok: true,
    erased,
    message: 'Toutes les données de cette adresse ont été effacées.',
  })
}

/** POST /api/privacy/purge → runs the retention purge now (it also runs every night). */
export const purgeNow = async (req: PayloadRequest): Promise<Response> => {
  if (!hasRole(req.user, 'admin')) return forbidden()
  const result = await purgeExpiredLeads(req)
  return Response.json({ ok: true, ...result })
}

export const privacyEndpoints: Endpoint[] = [
  { path: '/privacy/export', method: 'post', handler: exportPersonData },
  { path: '/privacy/erase', method: 'post', handler: erasePersonData },
  { path: '/privacy/purge', method: 'post', handler: purgeNow },
  { path: '/privacy/summary', method: 'post', handler: summarisePersonData },
]
