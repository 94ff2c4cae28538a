import fs from 'node:fs'
import fsp from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { precompress } from './precompress.ts'

let dir: string | undefined
afterEach(() => {
  vi.restoreAllMocks()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
  dir = undefined
})

const page = (title: string) =>
  `<!doctype html><h1>${title}</h1>\n${'<p>Lorem ipsum dolor sit amet.</p>\n'.repeat(60)}`

describe('precompress', () => {
  it('takes the twins of a file hard-linked from the previous release without reading it', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'precompress-test-'))
    const previous = path.join(dir, 'a')
    const next = path.join(dir, 'b')
    fs.mkdirSync(path.join(previous, 'blog'), { recursive: true })
    fs.mkdirSync(path.join(next, 'blog'), { recursive: true })
    fs.writeFileSync(path.join(previous, 'blog/linked.html'), page('unchanged'))
    fs.writeFileSync(path.join(previous, 'changed.html'), page('old'))
    await precompress(previous)
    // A twin nobody would compress that way: a file linked by inode must take it as it is.
    fs.writeFileSync(path.join(previous, 'blog/linked.html.br'), 'not brotli, taken as is')
    fs.linkSync(path.join(previous, 'blog/linked.html'), path.join(next, 'blog/linked.html'))
    fs.writeFileSync(path.join(next, 'changed.html'), page('new'))

    const read = vi.spyOn(fsp, 'readFile')
    const report = await precompress(next, previous)

    expect(report).toMatchObject({ files: 2, reused: 1, linked: 1 })
    const readPaths = read.mock.calls.map(([file]) => String(file))
    expect(readPaths.filter((file) => file.includes('linked.html'))).toEqual([])
    for (const ext of ['.br', '.gz']) {
      expect(fs.statSync(path.join(next, `blog/linked.html${ext}`)).ino).toBe(
        fs.statSync(path.join(previous, `blog/linked.html${ext}`)).ino,
      )
    }
    expect(fs.readFileSync(path.join(next, 'blog/linked.html.br'), 'utf8')).toBe(
      'not brotli, taken as is',
    )
    const changed = fs.readFileSync(path.join(next, 'changed.html'))
    expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(next, 'changed.html.br')))).toEqual(
      changed,
    )
  })

  it('keeps twins already linked into a copy of the previous release', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'precompress-test-'))
    const previous = path.join(dir, 'a')
    const next = path.join(dir, 'b')
    fs.mkdirSync(previous)
    fs.mkdirSync(next)
    fs.writeFileSync(path.join(previous, 'index.html'), page('home'))
    await precompress(previous)
    for (const name of ['index.html', 'index.html.gz', 'index.html.br'])
      fs.linkSync(path.join(previous, name), path.join(next, name))
    const report = await precompress(next, previous)
    expect(report).toMatchObject({ files: 1, reused: 1 })
    expect(fs.statSync(path.join(next, 'index.html.br')).ino).toBe(
      fs.statSync(path.join(previous, 'index.html.br')).ino,
    )
  })
})
