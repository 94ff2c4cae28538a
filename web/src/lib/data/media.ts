import fs from 'node:fs/promises'
import path from 'node:path'
import type { Media } from '@vitrine/cms-client'
import { cms } from './cms'
import { absoluteUrl, OUT_DIR } from '../config'

/**
 * Images: the CMS made every variant at upload (AVIF/WebP at 480/960/1600, JPEG 960, OG 1200×630).
 * The build never encodes: it downloads each file it uses ONCE into a persistent cache
 * (node_modules/.cache/vitrine-media/<filename>, valid while the size matches: the CMS never reuses
 * a filename for other content) and copies it into <outDir>/media/<filename>.
 */

export type Variant = {
  url?: string | null
  width?: number | null
  height?: number | null
  mimeType?: string | null
  filesize?: number | null
  filename?: string | null
}

type BuildState = {
  outDir: string
  cacheDir: string
  /** False under `astro dev` (files are served from the cache, nothing is written to outDir). */
  copyToOutput: boolean
  /**
   * `astro build`: pages do not wait for their files (a page's HTML needs only the CMS metadata);
   * the downloads run while later pages render and the build awaits them all at the end
   * (`settleFiles`), failing as before if one fails. Under `astro dev` a page waits for its files.
   */
  deferFiles: boolean
  files: Map<string, Promise<void>>
  downloaded: number
  downloadedBytes: number
}

const STATE_KEY = Symbol.for('vitrine.media')
/** Shared by the pages and the build integration (same process, possibly different module copies). */
export const mediaState = (): BuildState => {
  const g = globalThis as unknown as Record<symbol, BuildState | undefined>
  let state = g[STATE_KEY]
  if (!state) {
    const root = process.cwd()
    state = {
      outDir: path.resolve(root, OUT_DIR),
      cacheDir: path.resolve(root, 'node_modules/.cache/vitrine-media'),
      copyToOutput: true,
      deferFiles: false,
      files: new Map(),
      downloaded: 0,
      downloadedBytes: 0,
    }
    g[STATE_KEY] = state
  }
  return state
}

/** Public path of a variant file in the built site. */
export const mediaPath = (filename: string) => `/media/${encodeURIComponent(filename)}`

const exists = async (file: string, size?: number | null) => {
  const stat = await fs.stat(file).catch(() => null)
  return !!stat?.isFile() && (size == null || stat.size === size)
}

let active = 0
const waiting: (() => void)[] = []
const limited = async <T>(task: () => Promise<T>): Promise<T> => {
  if (active >= 6) await new Promise<void>((resolve) => waiting.push(resolve))
  active++
  try {
    return await task()
  } finally {
    active--
    waiting.shift()?.()
  }
}

const ensureVariant = async (variant: Variant): Promise<void> => {
  const { filename, url, filesize } = variant
  if (!filename || !url) return
  const state = mediaState()
  const cached = path.join(state.cacheDir, filename)
  if (!(await exists(cached, filesize))) {
    const bytes = await limited(() => cms.download(url))
    if (filesize != null && bytes.byteLength !== filesize) {
      throw new Error(
        `media: ${filename} from ${cms.fileUrl(url)} is ${bytes.byteLength} bytes, the CMS says ${filesize}`,
      )
    }
    await fs.mkdir(state.cacheDir, { recursive: true })
    const tmp = `${cached}.${process.pid}.tmp`
    await fs.writeFile(tmp, bytes)
    await fs.rename(tmp, cached)
    state.downloaded++
    state.downloadedBytes += bytes.byteLength
  }
  const target = path.join(state.outDir, 'media', filename)
  if (state.copyToOutput && !(await exists(target, filesize))) {
    await fs.mkdir(path.dirname(target), { recursive: true })
    await fs.copyFile(cached, target)
  }
}

/**
 * Makes sure these variant files are in the output (downloading each at most once per cache). In a
 * build the files are only queued (see `deferFiles`): `settleFiles` waits for them.
 */
export const ensureFiles = async (variants: (Variant | null | undefined)[]) => {
  const state = mediaState()
  const jobs = variants.map((variant) => {
    if (!variant?.filename || !variant.url) return undefined
    let job = state.files.get(variant.filename)
    if (!job) {
      job = ensureVariant(variant)
      // Handled here so a failure waits for settleFiles instead of crashing the process.
      job.catch(() => undefined)
      state.files.set(variant.filename, job)
    }
    return job
  })
  if (!state.deferFiles) await Promise.all(jobs)
}

/** Waits for every queued file; rejects with the first download or copy that failed. */
export const settleFiles = async () => {
  await Promise.all(mediaState().files.values())
}

type Sized = Variant & { width: number; height: number; filename: string; url: string }
const usable = (v: Variant | null | undefined): v is Sized =>
  !!v?.filename && !!v.url && !!v.width && !!v.height

const variantsOf = (media: Media, prefix: 'avif' | 'webp'): Sized[] => {
  const sizes = (media.sizes ?? {}) as Record<string, Variant | undefined>
  return [480, 960, 1600].map((w) => sizes[`${prefix}${w}`]).filter(usable)
}

export type PictureData = {
  sources: { type: string; srcset: string }[]
  src: string
  width: number
  height: number
  alt: string
  files: Variant[]
}

const srcset = (variants: Sized[]) =>
  variants.map((v) => `${mediaPath(v.filename)} ${v.width}w`).join(', ')

/**
 * What a <picture> needs for this media document: AVIF and WebP srcsets, a JPEG (or original)
 * fallback, intrinsic size. Pure: call `ensureFiles(data.files)` to put the files in the output.
 */
export const pictureData = (media: Media): PictureData | undefined => {
  const avif = variantsOf(media, 'avif')
  const webp = variantsOf(media, 'webp')
  const sizes = (media.sizes ?? {}) as Record<string, Variant | undefined>
  const original: Variant = media
  const fallback = [sizes.jpeg960, original].find(usable)
  if (!fallback) return undefined
  const width = media.width ?? fallback.width
  const height = media.height ?? fallback.height
  return {
    sources: [
      ...(avif.length ? [{ type: 'image/avif', srcset: srcset(avif) }] : []),
      ...(webp.length ? [{ type: 'image/webp', srcset: srcset(webp) }] : []),
    ],
    src: mediaPath(fallback.filename),
    width,
    height,
    alt: media.alt ?? '',
    files: [...avif, ...webp, fallback],
  }
}

/** Absolute URL of the 1200×630 social image (OpenGraph), downloaded into the output. */
export const ogImage = async (media: Media | undefined) => {
  if (!media) return undefined
  const sizes = (media.sizes ?? {}) as Record<string, Variant | undefined>
  const og = [sizes.og, sizes.jpeg960, media as Variant].find(usable)
  if (!og) return undefined
  await ensureFiles([og])
  return {
    url: absoluteUrl(mediaPath(og.filename)),
    width: og.width,
    height: og.height,
    alt: media.alt ?? '',
  }
}

/** Absolute URL of one file of a media document (e.g. the logo in JSON-LD), downloaded. */
export const mediaFileUrl = async (media: Media | undefined, size?: string) => {
  if (!media) return undefined
  const sizes = (media.sizes ?? {}) as Record<string, Variant | undefined>
  const file = [size ? sizes[size] : undefined, media as Variant].find(usable)
  if (!file) return undefined
  await ensureFiles([file])
  return absoluteUrl(mediaPath(file.filename))
}

/** Counts for the end-of-build line and the benchmark. */
export const mediaStats = () => {
  const state = mediaState()
  return {
    files: state.files.size,
    downloaded: state.downloaded,
    downloadedBytes: state.downloadedBytes,
  }
}
