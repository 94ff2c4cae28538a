import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { rendererState } from '../renderer/rendererState'

/**
 * The CMS documents a build reads, one JSON file each under `<cacheDir>/vitrine-cms/<store
 * version>/<collection>/`, outside Astro's content store (docs/adr/0033-fast-full-builds.md). The
 * store keeps each entry's digest and the file's path only: Astro serialises the whole store with
 * devalue, bundles it into the build as a module and imports it again, all linear in its size
 * (≈ 18 MB at 1,000 articles, seconds of every build); the files are written when a document
 * changes and read once per build (src/lib/data/content.ts).
 */
export type DocumentRef = { file: string }

export const documentFiles = (cacheDir: URL, storeVersion: string, collection: string) => {
  const dir = path.join(fileURLToPath(cacheDir), 'vitrine-cms', storeVersion, collection)
  const fileOf = (id: string) => path.join(dir, `${encodeURIComponent(id)}.json`)
  return {
    fileOf,
    has: (id: string) => fs.existsSync(fileOf(id)),
    write: (id: string, doc: unknown): DocumentRef => {
      fs.mkdirSync(dir, { recursive: true })
      fs.writeFileSync(fileOf(id), JSON.stringify(doc))
      rendererState().parsed.delete(fileOf(id))
      return { file: fileOf(id) }
    },
    remove: (id: string) => {
      fs.rmSync(fileOf(id), { force: true })
      rendererState().parsed.delete(fileOf(id))
    },
    clear: () => {
      fs.rmSync(dir, { recursive: true, force: true })
      rendererState().parsed.clear()
    },
  }
}

/** Frozen all the way down: a page that changed a kept document would leak into later releases. */
const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

/** A document back from its file (the store says it is there: a missing file is a broken cache). */
export const readDocument = <T>(ref: DocumentRef): T => {
  // The long-lived renderer keeps documents parsed between releases (re-read once written again),
  // frozen: code that writes into one throws instead of changing what the next release reads.
  const renderer = rendererState()
  const kept = renderer.enabled ? renderer.parsed.get(ref.file) : undefined
  if (kept !== undefined) return kept as T
  try {
    const doc = JSON.parse(fs.readFileSync(ref.file, 'utf8')) as T
    if (renderer.enabled) renderer.parsed.set(ref.file, deepFreeze(doc))
    return doc
  } catch (error) {
    throw new Error(
      `content: cannot read the CMS document ${ref.file} (${(error as Error).message}); ` +
        'build again with CMS_FULL_SYNC=1 to fetch every document',
    )
  }
}
