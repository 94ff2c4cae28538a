import type { CollectionBeforeChangeHook } from 'payload'
import type { Lead } from '@vitrine/cms-client/types'

type Note = NonNullable<Lead['notes']>[number]

/**
 * Each follow-up note gets its date and author when it is first saved; later saves keep that
 * stamp, whatever the form sends back (nobody backdates or signs a note for someone else).
 */
export const stampLeadNotes: CollectionBeforeChangeHook<Lead> = ({ data, originalDoc, req }) => {
  if (!Array.isArray(data.notes)) return data
  const earlier = new Map((originalDoc?.notes ?? []).filter((n) => n.id).map((n) => [n.id, n]))
  const author = req.user ? (req.user as { name?: string }).name || req.user.email || null : null
  data.notes = data.notes.map((note: Note) => {
    const known = note.id ? earlier.get(note.id) : undefined
    if (known) return { ...note, at: known.at ?? null, by: known.by ?? null }
    return { ...note, at: new Date().toISOString(), by: author }
  })
  return data
}
