import { createCmsClient } from '@vitrine/cms-client'
import { CMS_URL } from './env'

/** The site's one CMS client (build time only: the browser never talks to the CMS but to post forms). */
export const cms = createCmsClient({ baseUrl: CMS_URL })
