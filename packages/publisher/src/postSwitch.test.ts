import fs from 'node:fs'
import fsp from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanupPublisher, rawGet, seedPublisher, type TestPublisher } from '../test/helpers.ts'

let t: TestPublisher | undefined
afterEach(async () => {
  vi.restoreAllMocks()
  await cleanupPublisher(t)
  t = undefined
})

/** Makes every append to the build log that contains `line` fail as on a full disk. */
const failAppendsContaining = (line: string) => {
  const append = fsp.appendFile
  vi.spyOn(fsp, 'appendFile').mockImplementation(async (file, data, options) => {
    if (String(data).includes(line)) {
      throw Object.assign(new Error(`ENOSPC: no space left on device, write '${String(file)}'`), {
        code: 'ENOSPC',
      })
    }
    return append(file, data, options)
  })
}

describe('a failure after the switch (F13)', () => {
  it('keeps the new release live and on disk when writing the "published" log line fails', async () => {
    t = await seedPublisher({}, { pages: 2, marker: 'first title' })
    await t.publisher.requestBuild('first').done
    t.control({ pages: 2, marker: 'second title' })
    failAppendsContaining('published:')
    const record = await t.publisher.requestBuild('title changed').done

    const link = fs.readlinkSync(path.join(t.root, 'current'))
    expect(link).toBe(`releases/${record.id}`)
    expect(fs.existsSync(path.join(t.root, link, 'index.html'))).toBe(true)
    const home = await rawGet(t.siteUrl, '/')
    expect(home.status).toBe(200)
    expect(home.body.toString()).toContain('second title')
    // The status tells the editor the truth: the new release is live.
    expect(record.ok).toBe(true)
    const status = await t.publisher.status()
    expect(status).toMatchObject({ state: 'idle', current: { id: record.id } })
    expect(t.logs.some((l) => l.startsWith('warn') && l.includes('ENOSPC'))).toBe(true)
  })
})
