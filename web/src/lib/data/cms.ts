import { createCmsClient } from '@vitrine/cms-client'
import { CMS_URL, PREVIEW, PREVIEW_SECRET } from '../config'

/**
 * The site's one CMS client (build time only: the browser never talks to the CMS but to post forms).
 * The draft-preview server signs in as the CMS's read-only preview reader.
 */
export const cms = createCmsClient({
  baseUrl: CMS_URL,
  authorization: PREVIEW && PREVIEW_SECRET ? `vitrine-preview ${PREVIEW_SECRET}` : undefined,
})
