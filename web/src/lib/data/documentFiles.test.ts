import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { documentFiles, readDocument } from './documentFiles'

const dirs: string[] = []
const cacheDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrine-docs-'))
  dirs.push(dir)
  return pathToFileURL(`${dir}/`)
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

describe('documentFiles', () => {
  it('gives back each document as it was written, apart per store version and collection', () => {
    const cache = cacheDir()
    const published = documentFiles(cache, '3', 'articles')
    const drafts = documentFiles(cache, '3-drafts', 'articles')
    const doc = { id: 7, title: 'Prospection : « la méthode »', body: { root: { children: [] } } }
    const ref = published.write('7', doc)
    drafts.write('7', { ...doc, title: 'Brouillon' })
    expect(readDocument(ref)).toEqual(doc)
    expect(published.has('7')).toBe(true)
    // An id is a file name whatever it holds (Mongo ids, odd strings).
    const odd = published.write('a/../b', { id: 'a/../b' })
    expect(path.dirname(odd.file)).toBe(path.dirname(ref.file))
    published.remove('7')
    expect(published.has('7')).toBe(false)
    expect(drafts.has('7')).toBe(true)
    drafts.clear()
    expect(drafts.has('7')).toBe(false)
  })

  it('says what to do when a file the store points at is gone', () => {
    const files = documentFiles(cacheDir(), '3', 'pages')
    const ref = files.write('1', { id: 1 })
    files.clear()
    expect(() => readDocument(ref)).toThrow(/CMS_FULL_SYNC=1/)
  })
})
