import type { CollectionAdminOptions } from 'payload'
import { siteUrl } from '../lib/urls'

/**
 * The admin side of the public types with drafts and autosave (docs/adr/0031-french-admin-leftovers.md):
 *
 * - `baseFilter`: « Créer » stores an empty draft at once (Payload's autosave needs an id before the
 *   first keystroke). Until its title is typed, that draft is left out of the list and of the
 *   relationship pickers, so nobody meets an untitled document named by its id (« 17 »).
 * - « Aperçu » with its label and « Voir sur le site » once published (PreviewLinks); « Dépublier… »
 *   with a dialog whose buttons say what they do (UnpublishButton).
 */
export const publishableAdmin = (
  titleField: string,
): Pick<CollectionAdminOptions, 'baseFilter' | 'components'> => ({
  baseFilter: () => ({
    and: [{ [titleField]: { exists: true } }, { [titleField]: { not_equals: '' } }],
  }),
  components: {
    edit: {
      PreviewButton: {
        path: '/components/Publishing/PreviewLinks#PreviewLinks',
        clientProps: { siteUrl },
      },
      UnpublishButton: '/components/Publishing/UnpublishButton#UnpublishButton',
    },
  },
})
