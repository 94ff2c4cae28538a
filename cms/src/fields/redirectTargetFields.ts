import type { Field } from 'payload'
import { validateLink } from './validateLink'

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
              ? {
                  ...sub,
                  validate: (value, args) =>
                    (args.siblingData as { type?: string })?.type === 'custom'
                      ? validateLink(value, args)
                      : true,
                }
              : sub,
          ),
        }
      : field,
  )
