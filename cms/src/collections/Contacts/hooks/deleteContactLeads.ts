import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * Deleting a person deletes their leads too (each lead then removes its CV and e-mail records),
 * and any other e-mail record naming them. Before the delete: afterwards the relationship rows
 * that say which leads were theirs are gone.
 */
export const deleteContactLeads: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const contact = await req.payload.findByID({
    collection: 'contacts',
    id,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  const before = req.context?.deletingContact
  req.context = { ...req.context, deletingContact: true }
  try {
    await req.payload.delete({
      collection: 'leads',
      where: { contact: { equals: id } },
      req,
      overrideAccess: true,
    })
    if (contact?.email)
      await req.payload.delete({
        collection: 'emails',
        where: { person: { equals: contact.email } },
        req,
        overrideAccess: true,
      })
  } finally {
    req.context.deletingContact = before
  }
}
