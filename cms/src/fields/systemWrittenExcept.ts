import type { Field } from 'payload'
import { systemOnly } from '../access/systemOnly'

const locked = { create: systemOnly, update: systemOnly }

/**
 * Makes every named field of `fields` written by the system only (field access create/update:
 * nobody through the API), except the `writable` ones people work with. Rows, collapsibles and
 * unnamed tabs are walked through; a named group or array is locked as a whole.
 */
export const systemWrittenExcept = (writable: readonly string[], fields: Field[]): Field[] =>
  fields.map((field): Field => {
    if (field.type === 'row' || field.type === 'collapsible') {
      return { ...field, fields: systemWrittenExcept(writable, field.fields) }
    }
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) =>
          'name' in tab && tab.name
            ? writable.includes(tab.name)
              ? tab
              : { ...tab, access: { ...tab.access, ...locked } }
            : { ...tab, fields: systemWrittenExcept(writable, tab.fields) },
        ),
      }
    }
    if (!('name' in field) || field.type === 'ui' || field.type === 'join') return field
    if (writable.includes(field.name)) return field
    return { ...field, access: { ...field.access, ...locked } } as Field
  })
