import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { LoaderContext } from 'astro/loaders'
import { readDocument, type DocumentRef } from './documentFiles'

/** The CMS the loader reads (its REST client is tested in @vitrine/cms-client). */
const cmsDocs = new Map<string, { id: number; updatedAt: string; title: string }>()
const fetched: number[] = []
vi.mock('./cms', () => ({
  cms: {
    findIndex: async () => [...cmsDocs.values()].map(({ id, updatedAt }) => ({ id, updatedAt })),
    findByIds: async (_: string, ids: number[]) => {
      fetched.push(...ids)
      return ids.map((id) => cmsDocs.get(String(id)))
    },
  },
}))
const { cmsLoader } = await import('./loaders')

type Entry = { id: string; data: DocumentRef; digest?: string }
/** Astro's content store as the loader uses it (one collection's scope, and its meta). */
const astroStore = () => {
  const entries = new Map<string, Entry>()
  const meta = new Map<string, string>()
  return {
    entries,
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: Entry) => (entries.set(entry.id, entry), true),
      delete: (id: string) => void entries.delete(id),
      keys: () => [...entries.keys()],
      clear: () => entries.clear(),
    },
    meta: { get: (k: string) => meta.get(k), set: (k: string, v: string) => void meta.set(k, v) },
  }
}

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
  cmsDocs.clear()
  fetched.length = 0
})

describe('cmsLoader', () => {
  it('keeps documents in files beside a small store, fetches only what changed or went missing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrine-loader-'))
    dirs.push(dir)
    const { store, meta, entries } = astroStore()
    const context = {
      store,
      meta,
      logger: { info: () => {} },
      generateDigest: (text: string) => text,
      config: { cacheDir: pathToFileURL(`${dir}/`) },
    } as unknown as LoaderContext
    const load = () => cmsLoader('articles').load(context)
    for (const id of [1, 2, 3])
      cmsDocs.set(String(id), { id, updatedAt: `2026-12-0${id}`, title: `Article ${id}` })
    await load()
    expect(fetched).toEqual([1, 2, 3])
    // The store holds a path; the document is in its file, whole.
    expect(JSON.stringify(entries.get('2')!.data).length).toBeLessThan(200)
    expect(readDocument(entries.get('2')!.data)).toEqual(cmsDocs.get('2'))

    // One edited, one deleted in the CMS, one file lost with the caches: only those move.
    fetched.length = 0
    cmsDocs.set('1', { id: 1, updatedAt: '2026-12-09', title: 'Article 1 modifié' })
    const deletedFile = entries.get('2')!.data.file
    cmsDocs.delete('2')
    fs.rmSync(entries.get('3')!.data.file)
    await load()
    expect(fetched.sort()).toEqual([1, 3])
    expect(readDocument<{ title: string }>(entries.get('1')!.data).title).toBe('Article 1 modifié')
    expect(readDocument(entries.get('3')!.data)).toEqual(cmsDocs.get('3'))
    expect(entries.has('2')).toBe(false)
    expect(fs.existsSync(deletedFile)).toBe(false)

    // Nothing changed: nothing fetched.
    fetched.length = 0
    await load()
    expect(fetched).toEqual([])
  })
})
