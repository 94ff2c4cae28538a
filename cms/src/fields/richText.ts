import {
  BlocksFeature,
  FixedToolbarFeature,
  HeadingFeature,
  LinkFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'
import type { TextFieldSingleValidation } from 'payload'
import { inlineBlocks } from '../blocks'
import { validateLink } from './validateLink'

/** Custom links follow the one URL rule; internal links (to a document) have no URL to check. */
const validateRichTextLink: TextFieldSingleValidation = (value, args) =>
  (args.siblingData as { linkType?: string })?.linkType === 'internal'
    ? true
    : validateLink(value, args)

/** The article editor: headings h2–h4, lists, links, quotes, and the embeddable blocks. */
export const articleEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((f) => f.key !== 'heading' && f.key !== 'link'),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    LinkFeature({
      fields: ({ defaultFields }) =>
        defaultFields.map((field) =>
          field.name === 'url' && field.type === 'text'
            ? ({ ...field, validate: validateRichTextLink } as typeof field)
            : field,
        ),
    }),
    FixedToolbarFeature(),
    BlocksFeature({ blocks: inlineBlocks }),
  ],
})
