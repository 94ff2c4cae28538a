import type { CollectionAfterDeleteHook, CollectionBeforeDeleteHook } from 'payload'
import type { Lead } from '@vitrine/cms-client/types'
import { idOf } from '@vitrine/contracts/ids'

/** Its outbox records go first (queued ones then never go out): afterwards SQL has unlinked them. */
export const deleteLeadEmails: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'emails',
    where: { lead: { equals: id } },
    req,
    overrideAccess: true,
  })
}

/** Then its CV and, when it was the person's last lead, the contact record. */
export const cleanUpLead: CollectionAfterDeleteHook<Lead> = async ({ doc, req }) => {
  const { payload } = req
  const cv = idOf(doc.cv)
  if (cv != null)
    await payload
      .delete({ collection: 'resumes', id: cv, req, overrideAccess: true })
      .catch(() => undefined)
  const contact = idOf(doc.contact)
  if (contact != null && !req.context?.deletingContact) {
    const { totalDocs } = await payload.count({
      collection: 'leads',
      where: { contact: { equals: contact } },
      req,
    })
    if (totalDocs === 0)
      await payload
        .delete({ collection: 'contacts', id: contact, req, overrideAccess: true })
        .catch(() => undefined)
  }
  return doc
}
