/** Public site and CMS origins (no trailing slash). */
export const siteUrl = (process.env.SITE_URL || 'http://localhost:4321').replace(/\/$/, '')
export const cmsUrl = (process.env.CMS_URL || `http://localhost:${process.env.CMS_PORT || 3000}`).replace(/\/$/, '')
