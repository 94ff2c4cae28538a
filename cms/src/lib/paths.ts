import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** cms/ — resolved from this file so scripts work whatever the current directory. */
export const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Uploaded files: MEDIA_DIR, else cms/media (public/ and private/ below it). */
export const mediaDir = path.resolve(process.env.MEDIA_DIR ?? path.join(cmsRoot, 'media'))
