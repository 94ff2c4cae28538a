import { config } from '../config'

/** Public site and CMS origins (no trailing slash), read once at start. */
export const siteUrl = config.siteUrl
export const cmsUrl = config.cmsUrl
