import type { Field, TextFieldSingleValidation } from 'payload'
import { validateLink } from './validateLink'

/** The rule applies when the target is a custom URL (a reference to a document has none). */
const validateCustomTarget: TextFieldSingleValidation = (value, args) =>
  (args.siblingData as { type?: string })?.type === 'custom' ? validateLink(value, args) : true

/**
 * plugin-redirects' fields with the one URL rule on the custom target (`to.url`, used only when
 * `to.type` is « URL personnalisée »).
 */
export const redirectTargetFields = ({ defaultFields }: { defaultFields: Field[] }): Field[] =>
  defaultFields.map((field) =>
    field.type === 'group' && 'name' in field && field.name === 'to'
      ? {
          ...field,
          fields: field.fields.map((sub) =>
            sub.type === 'text' && sub.name === 'url'
              ? ({ ...sub, validate: validateCustomTarget } as Field)
              : sub,
          ),
        }
      : field,
  )
