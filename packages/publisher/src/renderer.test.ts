import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  cleanupPublisher,
  currentTarget,
  fakeRendererCommand,
  rawGet,
  running,
  seedPublisher,
  waitFor,
  type FakeControl,
  type TestPublisher,
} from '../test/helpers.ts'

let t: TestPublisher | undefined
afterEach(async () => {
  await cleanupPublisher(t)
  t = undefined
})

/** A publisher whose builds go through the fake renderer; `pids()` lists its pid per build. */
const seedRendered = async (control: FakeControl = {}, options = {}) => {
  const seeded = await seedPublisher(
    { rendererCommand: fakeRendererCommand, buildCommand: 'exit 97', ...options },
    control,
  )
  const pidFile = path.join(seeded.dir, 'pids')
  const write = seeded.control
  const set = (c: FakeControl) => write({ pidFile, ...c })
  set(control)
  const pids = () =>
    fs.existsSync(pidFile) ? fs.readFileSync(pidFile, 'utf8').split('\n').filter(Boolean) : []
  return Object.assign(seeded, { control: set, pids })
}
const release = (file: string) => path.join(t!.root, 'releases', file)
const searchEntry = (id: string) =>
  JSON.parse(fs.readFileSync(release(`${id}/pagefind/pagefind-entry.json`), 'utf8')).marker

describe('publishing through a long-lived renderer', () => {
  it('serves two builds from one renderer process, which renders only what changed', async () => {
    t = await seedRendered({ marker: 'first title' })
    const first = await t.publisher.requestBuild('first').done
    expect(first).toMatchObject({ ok: true, pageCount: 5, rendered: 5, reused: 0 })
    t.control({ marker: 'second title' })
    const second = await t.publisher.requestBuild('title changed').done
    expect(second).toMatchObject({ ok: true, pageCount: 5, rendered: 1, reused: 4 })
    const pids = (t as Awaited<ReturnType<typeof seedRendered>>).pids()
    expect(pids).toHaveLength(2)
    expect(pids[1]).toBe(pids[0])
    expect((await rawGet(t.siteUrl, '/')).body.toString()).toContain('second title')
    const log = fs.readFileSync(path.join(t.root, 'logs', `${second.id}.log`), 'utf8')
    expect(log).toContain('fake-renderer: 1 rendered, 4 reused')
    expect(log).toMatch(/# \[\d+\.\d\d s\] rendered: 1 pages rendered, 4 reused/)
  })

  it('publishes the search index as a second release, leaving the first one untouched', async () => {
    t = await seedRendered({ marker: 'first title' })
    const first = await t.publisher.requestBuild('first').done
    t.control({ marker: 'second title' })
    const second = await t.publisher.requestBuild('title changed').done
    expect(second.ok).toBe(true)
    const b = second.searchRelease!
    expect(b).toBeTruthy()
    expect(b).not.toBe(second.id)
    expect(currentTarget(t.root)).toBe(`releases/${b}`)
    // Phase 1 (A) kept the previous index; B has the new one, compressed, and A's pages as links.
    expect(searchEntry(second.id)).toBe('first title')
    expect(searchEntry(b)).toBe('second title')
    expect(fs.existsSync(release(`${b}/pagefind/pagefind-entry.json.br`))).toBe(true)
    expect(fs.statSync(release(`${b}/index.html`)).ino).toBe(
      fs.statSync(release(`${second.id}/index.html`)).ino,
    )
    expect(fs.readFileSync(release(`${second.id}/index.html`), 'utf8')).toContain('second title')
    const log = fs.readFileSync(path.join(t.root, 'logs', `${second.id}.log`), 'utf8')
    expect(log).toMatch(/# \[\d+\.\d\d s\] search index written/)
    // Both phases compress only the page and the index that changed; the links are not read.
    const lines = log.match(
      /precompressed 6 files, 1 compressed, 5 unchanged and reused, 5 of them links not read/g,
    )
    expect(lines).toHaveLength(2)
    expect(log).toMatch(/# \[\d+\.\d\d s\] published search: .* → releases\/\S+/)
    expect((await t.publisher.status()).current).toMatchObject({ id: b, pageCount: 5 })
    // Rolling back goes to the previous build's final release, not to its own phase 1.
    const back = await t.publisher.rollback()
    expect(back).toMatchObject({ ok: true, current: { id: first.searchRelease } })
  })

  it('prunes after the search phase, never the live release, its pages or the previous one', async () => {
    t = await seedRendered({ marker: 'one' }, { keep: 1 })
    const builds = []
    for (const marker of ['one', 'two', 'three']) {
      t.control({ marker })
      builds.push(await t.publisher.requestBuild(marker).done)
    }
    const [, second, third] = builds
    expect(fs.readdirSync(path.join(t.root, 'releases')).sort()).toEqual(
      [third!.id, third!.searchRelease, second!.searchRelease].sort(),
    )
  })

  it('tells the editor the site is up to date as soon as the pages are live', async () => {
    t = await seedRendered({ marker: 'first title' })
    const first = await t.publisher.requestBuild('first').done
    t.control({ marker: 'second title', searchGate: t.gate })
    const { done } = t.publisher.requestBuild('title changed')
    await waitFor(async () => {
      const { lastBuild } = await t!.publisher.status()
      return lastBuild?.id !== first.id && lastBuild?.finished !== undefined
    })
    const during = await t.publisher.status()
    expect(during).toMatchObject({ state: 'idle', lastBuild: { ok: true, searching: true } })
    expect(currentTarget(t.root)).toBe(`releases/${during.lastBuild!.id}`)
    expect((await rawGet(t.siteUrl, '/')).body.toString()).toContain('second title')
    t.openGate()
    const record = await done
    expect(record.searching).toBeUndefined()
    expect(currentTarget(t.root)).toBe(`releases/${record.searchRelease}`)
  })

  it('keeps the pages live when the search phase fails, and says why on the build', async () => {
    t = await seedRendered({ marker: 'first title' })
    const first = await t.publisher.requestBuild('first').done
    t.control({ marker: 'second title', failSearch: 'pagefind: out of memory at page 4012' })
    const second = await t.publisher.requestBuild('title changed').done
    expect(second.ok).toBe(true)
    expect(second.searchError).toContain('pagefind: out of memory at page 4012')
    expect(currentTarget(t.root)).toBe(`releases/${second.id}`)
    expect((await rawGet(t.siteUrl, '/')).body.toString()).toContain('second title')
    expect(second.searchRelease).toBeUndefined()
    // B is gone; nothing was pruned (phase 1 leaves pruning to phase 2, which failed).
    expect(fs.readdirSync(path.join(t.root, 'releases')).sort()).toEqual(
      [first.id, first.searchRelease, second.id].sort(),
    )
    expect(
      t.logs.some(
        (l) => l.startsWith('error') && l.includes(second.id) && l.includes('out of memory'),
      ),
    ).toBe(true)
  })

  it('fails a build whose renderer dies, naming the exit code; the next build respawns it', async () => {
    const s = await seedRendered()
    t = s
    const good = await t.publisher.requestBuild('first').done
    t.control({ crashOnBuild: 3 })
    const crashed = await t.publisher.requestBuild('second').done
    expect(crashed.ok).toBe(false)
    expect(crashed.error).toContain('exited with code 3')
    expect(crashed.error).toContain('JavaScript heap out of memory')
    expect(currentTarget(t.root)).toBe(`releases/${good.searchRelease}`)
    t.control({})
    const again = await t.publisher.requestBuild('third').done
    expect(again.ok).toBe(true)
    const pids = s.pids()
    expect(pids).toHaveLength(3)
    expect(pids[2]).not.toBe(pids[0])
  })

  it('respawns a renderer that exits after answering', async () => {
    const s = await seedRendered({ exitAfterReply: true, searchPending: false })
    t = s
    expect((await t.publisher.requestBuild('first').done).ok).toBe(true)
    t.control({ marker: 'second', searchPending: false })
    const second = await t.publisher.requestBuild('second').done
    expect(second.error).toBeUndefined()
    expect(second.ok).toBe(true)
    const pids = s.pids()
    expect(pids).toHaveLength(2)
    expect(pids[1]).not.toBe(pids[0])
  })

  it('gives a request sent while the renderer exits after its answer to a new renderer', async () => {
    t = await seedRendered({ exitAfterReply: true, exitDelayMs: 300 })
    const record = await t.publisher.requestBuild('first').done
    expect(record.ok).toBe(true)
    expect(record.searchError).toBeUndefined()
    expect(currentTarget(t.root)).toBe(`releases/${record.searchRelease}`)
  })

  it('kills a renderer that does not answer within the build timeout', async () => {
    const s = await seedRendered({ hang: true }, { buildTimeoutMs: 500 })
    t = s
    const record = await t.publisher.requestBuild('slow').done
    expect(record).toMatchObject({ ok: false, error: expect.stringContaining('timed out after') })
    // Its process is gone (the next build spawns a new one: see the crash test above).
    await waitFor(() => !running(Number(s.pids()[0])), 7000)
  })

  it('stop() leaves no renderer process behind, idle or busy', async () => {
    const s = await seedRendered()
    t = s
    await t.publisher.requestBuild('first').done
    const idle = Number(s.pids()[0])
    expect(running(idle)).toBe(true)
    await t.publisher.stop()
    await waitFor(() => !running(idle), 7000)

    await t.publisher.start()
    t.control({ hang: true })
    const { done } = t.publisher.requestBuild('never answered')
    await waitFor(() => s.pids().length === 2)
    const busy = Number(s.pids()[1])
    await t.publisher.stop()
    expect(await done).toMatchObject({ ok: false, error: expect.stringContaining('cancelled') })
    await waitFor(() => !running(busy), 7000)
  })
})
