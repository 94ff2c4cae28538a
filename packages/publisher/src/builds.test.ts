import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import {
  cleanupPublisher,
  currentTarget,
  running,
  seedPublisher,
  waitFor,
  type TestPublisher,
} from '../test/helpers.ts'

let t: TestPublisher | undefined
afterEach(async () => {
  await cleanupPublisher(t)
  t = undefined
})

const releaseIds = (root: string) => fs.readdirSync(path.join(root, 'releases')).sort()

describe('builds and releases', () => {
  it('builds into a new release, precompresses text assets and switches current to it', async () => {
    t = await seedPublisher({}, { pages: 4 })
    const record = await t.publisher.requestBuild('article published').done
    expect(record).toMatchObject({ ok: true, pageCount: 6 })
    expect(currentTarget(t.root)).toBe(`releases/${record.id}`)
    const release = path.join(t.root, 'releases', record.id)
    expect(fs.existsSync(path.join(release, 'index.html.br'))).toBe(true)
    expect(fs.existsSync(path.join(release, 'index.html.gz'))).toBe(true)
    expect(fs.existsSync(path.join(release, '_astro/app.3f9a2c.js.br'))).toBe(true)
    expect(fs.existsSync(path.join(release, '404.html.br'))).toBe(false) // under 1 KB
    expect(fs.readFileSync(path.join(t.root, 'logs', `${record.id}.log`), 'utf8')).toContain(
      'fake-build: wrote 6 pages',
    )
    const status = await t.publisher.status()
    expect(status).toMatchObject({ state: 'idle', current: { id: record.id, pageCount: 6 } })
    expect(status.lastSuccess?.reasons[0]).toMatchObject({
      reason: 'article published',
      source: 'api',
    })
  })

  it('compresses only what changed: identical files reuse the live release .gz/.br', async () => {
    t = await seedPublisher({}, { pages: 2, marker: 'first title' })
    const first = await t.publisher.requestBuild('first').done
    t.control({ pages: 2, marker: 'second title' })
    const second = await t.publisher.requestBuild('title changed').done
    expect(second.ok).toBe(true)
    const at = (id: string, file: string) => path.join(t!.root, 'releases', id, file)
    // The changed page is compressed afresh: its twins decode to the new bytes.
    const html = fs.readFileSync(at(second.id, 'index.html'))
    expect(html.toString()).toContain('second title')
    expect(zlib.brotliDecompressSync(fs.readFileSync(at(second.id, 'index.html.br')))).toEqual(html)
    expect(zlib.gunzipSync(fs.readFileSync(at(second.id, 'index.html.gz')))).toEqual(html)
    // The unchanged script shares the first release's compressed files (hard links).
    for (const ext of ['.br', '.gz']) {
      const file = `_astro/app.3f9a2c.js${ext}`
      expect(fs.statSync(at(second.id, file)).ino).toBe(fs.statSync(at(first.id, file)).ino)
    }
    const log = fs.readFileSync(path.join(t.root, 'logs', `${second.id}.log`), 'utf8')
    expect(log).toMatch(/precompressed 2 files, 1 compressed, 1 unchanged and reused/)
    expect(log).toMatch(/# \[\d+\.\d\d s\] published/)
  })

  it('leaves current unchanged when the build fails, and says why', async () => {
    t = await seedPublisher()
    const good = await t.publisher.requestBuild('first').done
    t.control({ fail: 'Error: CMS unreachable at http://cms:3000/api/articles' })
    const bad = await t.publisher.requestBuild('second').done
    expect(bad.ok).toBe(false)
    expect(bad.error).toContain('exited with code 1')
    expect(bad.error).toContain('CMS unreachable')
    expect(currentTarget(t.root)).toBe(`releases/${good.id}`)
    expect(releaseIds(t.root)).toEqual([good.id])
    expect(fs.readFileSync(path.join(t.root, 'logs', `${bad.id}.log`), 'utf8')).toContain(
      '# FAILED',
    )
    const status = await t.publisher.status()
    expect(status).toMatchObject({
      state: 'failed',
      current: { id: good.id },
      lastBuild: { id: bad.id, ok: false },
    })
    expect(status.lastSuccess?.id).toBe(good.id)
    expect(
      t.logs.some(
        (l) => l.startsWith('error') && l.includes(bad.id) && l.includes('CMS unreachable'),
      ),
    ).toBe(true)
  })

  it('refuses a build without index.html', async () => {
    t = await seedPublisher({}, { skipIndex: true })
    const record = await t.publisher.requestBuild('x').done
    expect(record).toMatchObject({ ok: false, error: expect.stringContaining('no index.html') })
    expect(fs.existsSync(path.join(t.root, 'current'))).toBe(false)
  })

  it('refuses a build whose page count collapses, unless forced', async () => {
    t = await seedPublisher({}, { pages: 18 })
    const full = await t.publisher.requestBuild('full').done
    expect(full.pageCount).toBe(20)
    t.control({ pages: 7 }) // 9 pages < 50 % of 20
    const collapsed = await t.publisher.requestBuild('broken query').done
    expect(collapsed).toMatchObject({ ok: false, pageCount: 9 })
    expect(collapsed.error).toContain('fewer than 50% of the 20 live now')
    expect(currentTarget(t.root)).toBe(`releases/${full.id}`)
    const forced = await t.publisher.requestBuild({ reason: 'big clean-up', force: true }).done
    expect(forced.ok).toBe(true)
    expect(currentTarget(t.root)).toBe(`releases/${forced.id}`)
  })

  it('rolls back to the previous release without rebuilding', async () => {
    t = await seedPublisher()
    const first = await t.publisher.requestBuild('one').done
    const second = await t.publisher.requestBuild('two').done
    const result = await t.publisher.rollback()
    expect(result).toMatchObject({ ok: true, current: { id: first.id }, from: second.id })
    expect(currentTarget(t.root)).toBe(`releases/${first.id}`)
    expect((await t.publisher.status()).history).toHaveLength(2)
    expect(await t.publisher.rollback()).toMatchObject({ ok: false })
  })

  it('keeps the last N releases, never the current or previous one', async () => {
    t = await seedPublisher({ keep: 2 })
    const ids: string[] = []
    for (let i = 0; i < 4; i++) ids.push((await t.publisher.requestBuild(`build ${i}`).done).id)
    expect(releaseIds(t.root)).toEqual(ids.slice(2))
    await t.publisher.rollback() // current = ids[2]; its previous ids[1] is already gone
    const next = await t.publisher.requestBuild('after rollback').done
    expect(releaseIds(t.root)).toEqual([ids[3], next.id].sort())
  })

  it('kills a build that runs past the timeout', async () => {
    t = await seedPublisher({ buildTimeoutMs: 300 }, { sleepMs: 10_000 })
    const record = await t.publisher.requestBuild('slow').done
    expect(record).toMatchObject({ ok: false, error: expect.stringContaining('timed out after') })
  })

  it('stop() kills the running build process and records it as cancelled', async () => {
    t = await seedPublisher()
    const pidFile = path.join(t.dir, 'pid')
    t.control({ gate: t.gate, pidFile })
    const { done } = t.publisher.requestBuild('never finishes')
    await waitFor(() => fs.existsSync(pidFile) && fs.readFileSync(pidFile, 'utf8') !== '')
    const pid = Number(fs.readFileSync(pidFile, 'utf8'))
    await t.publisher.stop()
    expect(await done).toMatchObject({ ok: false, error: expect.stringContaining('cancelled') })
    await waitFor(() => !running(pid), 2000)
  })

  it('keeps history and the live release across restarts', async () => {
    t = await seedPublisher()
    const first = await t.publisher.requestBuild('before restart').done
    await t.publisher.stop()
    await t.publisher.start()
    const status = await t.publisher.status()
    expect(status.current?.id).toBe(first.id)
    expect(status.history.map((b) => b.id)).toEqual([first.id])
  })
})
