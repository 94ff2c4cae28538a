import type { Field } from 'payload'

/**
 * Display fields of a lead, filled by hooks/nameLead.ts: the title of the lead in lists and
 * pickers, and the owner's name for the list and the export.
 */
export const displayFields: Field[] = [
  {
    name: 'fullName',
    type: 'text',
    index: true,
    label: { fr: 'Personne et entreprise', en: 'Person and company' },
    admin: { readOnly: true, condition: () => false },
  },
  {
    name: 'ownerName',
    type: 'text',
    label: { fr: 'Suivi par', en: 'Owner' },
    admin: { readOnly: true, condition: () => false },
  },
]
