import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { countPages } from './files.ts'
import { errorMessage, type Logger } from './logger.ts'
import { openState, type ReleaseInfo, type StateStore } from './state.ts'

/**
 * Everything under the publisher root:
 *   releases/<id>/   one built site per successful build (and the one being built)
 *   current          symlink → releases/<id>, switched atomically (nginx root, site server)
 *   logs/<id>.log    build output of every build, failed or not (kept out of the web root)
 *   state.json       build history and kept releases
 */
export type Layout = {
  root: string
  releasesDir: string
  logsDir: string
  current: string
  stateFile: string
  seenIdsFile: string
  lockFile: string
}

export const layoutFor = (root: string): Layout => ({
  root,
  releasesDir: path.join(root, 'releases'),
  logsDir: path.join(root, 'logs'),
  current: path.join(root, 'current'),
  stateFile: path.join(root, 'state.json'),
  seenIdsFile: path.join(root, 'seen-webhooks.json'),
  lockFile: path.join(root, 'publisher.lock'),
})

const ID_PATTERN = /^\d{8}-\d{6}-\d{3}-[0-9a-f]{4}$/

export const isReleaseId = (id: string) => ID_PATTERN.test(id)

/** Sortable and unique: 20261126-181902-123-a1b2 (UTC). */
export const newReleaseId = (now = new Date()) => {
  const iso = now.toISOString() // 2026-11-26T18:19:02.123Z
  const stamp = `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}-${iso.slice(20, 23)}`
  return `${stamp}-${crypto.randomBytes(2).toString('hex')}`
}

export const releaseDir = (layout: Layout, id: string) => path.join(layout.releasesDir, id)
export const logFile = (layout: Layout, id: string) => path.join(layout.logsDir, `${id}.log`)

/** The live release id, or null when nothing was published yet. */
export const readCurrentId = async (layout: Layout): Promise<string | null> => {
  try {
    return path.basename(await fs.readlink(layout.current))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw new Error(
      `Could not read the current release link ${layout.current}: ${errorMessage(error)}`,
    )
  }
}

/** Points `current` at a release in one rename: readers see the old or the new site, never none. */
export const switchCurrent = async (layout: Layout, id: string) => {
  const tmp = path.join(
    layout.root,
    `.current-${process.pid}-${crypto.randomBytes(4).toString('hex')}`,
  )
  try {
    await fs.symlink(path.join('releases', id), tmp)
    await fs.rename(tmp, layout.current)
  } catch (error) {
    await fs.rm(tmp, { force: true })
    throw new Error(`Could not switch ${layout.current} to release ${id}: ${errorMessage(error)}`)
  }
}

const exists = (file: string) =>
  fs.stat(file).then(
    () => true,
    () => false,
  )

export type Releases = {
  layout: Layout
  store: StateStore
  /** The live release, with its page count (counted on disk when not in state.json). */
  current: () => Promise<ReleaseInfo | null>
  /** Makes a finished, validated release live, then prunes old ones (unless `prune: false`). */
  publish: (info: ReleaseInfo, options?: { prune?: boolean }) => Promise<void>
  /** Switches back to the release published before the live one; null when there is none. */
  rollback: () => Promise<{ from: string | null; to: ReleaseInfo } | null>
  prune: () => Promise<void>
}

export const openReleases = async ({
  root,
  keep,
  logger,
}: {
  root: string
  keep: number
  logger: Logger
}): Promise<Releases> => {
  const layout = layoutFor(root)
  await fs.mkdir(layout.releasesDir, { recursive: true })
  await fs.mkdir(layout.logsDir, { recursive: true })
  const store = await openState(layout.stateFile, logger)

  // One switch, rollback or prune at a time.
  let chain: Promise<unknown> = Promise.resolve()
  const exclusive = <T>(task: () => Promise<T>): Promise<T> => {
    const result = chain.then(task)
    chain = result.catch(() => {})
    return result
  }

  /** Kept releases still on disk, oldest first. */
  const kept = async () => {
    const present: ReleaseInfo[] = []
    for (const info of store.data.releases) {
      if (await exists(releaseDir(layout, info.id))) present.push(info)
    }
    return present
  }

  const current = async (): Promise<ReleaseInfo | null> => {
    const id = await readCurrentId(layout)
    if (!id) return null
    const known = store.data.releases.find((r) => r.id === id)
    if (known) return known
    const dir = releaseDir(layout, id)
    if (!(await exists(dir))) return null
    const builtAt = (await fs.stat(dir)).mtime.toISOString()
    return { id, builtAt, pageCount: await countPages(dir) }
  }

  const pruneNow = async () => {
    const currentId = await readCurrentId(layout)
    const list = store.data.releases
    const index = list.findIndex((r) => r.id === currentId)
    const protect = new Set(list.slice(-keep).map((r) => r.id))
    if (currentId) protect.add(currentId)
    const previous = index > 0 ? list[index - 1] : undefined
    if (previous) protect.add(previous.id)
    // A live search release's pages are links of its phase-1 release: readers may still be there.
    const superseded = index >= 0 ? list[index]?.supersedes : undefined
    if (superseded) protect.add(superseded)
    // A build in progress writes into releases/<id> (and its search release) and has no `finished` yet.
    for (const build of store.data.history) {
      if (!build.finished) protect.add(build.id)
      if ((!build.finished || build.searching) && build.searchRelease)
        protect.add(build.searchRelease)
    }

    store.data.releases = list.filter((r) => protect.has(r.id))
    for (const name of await fs.readdir(layout.releasesDir)) {
      if (protect.has(name)) continue
      await fs.rm(releaseDir(layout, name), { recursive: true, force: true })
      logger.info(`Pruned release ${name}`)
    }
    const logged = new Set(store.data.history.map((b) => b.id))
    for (const name of await fs.readdir(layout.logsDir)) {
      if (!logged.has(path.basename(name, '.log')))
        await fs.rm(path.join(layout.logsDir, name), { force: true })
    }
    await store.save()
  }

  return {
    layout,
    store,
    current,
    publish: (info, { prune = true } = {}) =>
      exclusive(async () => {
        await switchCurrent(layout, info.id)
        // A search release takes its phase-1 release's place: rollback skips the phase-1 one.
        store.data.releases = store.data.releases
          .filter((r) => r.id !== info.id && r.id !== info.supersedes)
          .concat(info)
        await store.save()
        if (!prune) return
        await pruneNow().catch((error) =>
          logger.warn(`Pruning old releases failed: ${errorMessage(error)}`),
        )
      }),
    rollback: () =>
      exclusive(async () => {
        const from = await readCurrentId(layout)
        const list = await kept()
        const index = list.findIndex((r) => r.id === from)
        const to = index > 0 ? list[index - 1] : undefined
        if (!to) return null
        await switchCurrent(layout, to.id)
        return { from, to }
      }),
    prune: () => exclusive(pruneNow),
  }
}
