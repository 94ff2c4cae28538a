import path from 'node:path'

/** cms/: every CMS process (Next, the payload CLI, vitest) runs with it as working directory. */
export const cmsRoot = process.cwd()

/** Uploaded files: MEDIA_DIR, else cms/media (public/ and private/ below it). */
export const mediaDir = process.env.MEDIA_DIR
  ? path.resolve(/*turbopackIgnore: true*/ process.env.MEDIA_DIR)
  : path.join(process.cwd(), 'media')
