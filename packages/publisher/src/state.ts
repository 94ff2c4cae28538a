import fs from 'node:fs/promises'
import { errorMessage, type Logger } from './logger.ts'

/** A document the CMS says changed (as sent in the webhook's `documents`). */
export type DocumentRef = {
  collection?: string
  id?: string | number
  action?: string
  title?: string
}

/** Why a build ran: one per request merged into it. */
export type BuildReason = {
  reason: string
  source: 'webhook' | 'api' | 'cli' | 'start'
  at: string
  webhookId?: string
  documents?: DocumentRef[]
  /** Publish even if the page count collapsed (an intended big deletion). */
  force?: boolean
}

export type BuildRecord = {
  id: string
  started: string
  finished?: string
  ok?: boolean
  durationMs?: number
  pageCount?: number
  error?: string
  /** With a renderer: pages it rendered for this build, and pages it took from the previous release. */
  rendered?: number
  reused?: number
  /** With a renderer: the release that adds the search index (phase 2), once it is prepared. */
  searchRelease?: string
  /** Phase 2 runs (the record is already finished: its pages are live). */
  searching?: boolean
  searchDurationMs?: number
  /** Phase 2 failed: the pages are live (phase 1), the search index is the previous one. */
  searchError?: string
  reasons: BuildReason[]
  /** Requests merged into this build beyond the reasons kept. */
  moreReasons?: number
}

/** A successful release kept on disk under releases/<id>/. */
export type ReleaseInfo = {
  id: string
  builtAt: string
  pageCount: number
  /** A search-index release (phase 2) replaces its phase-1 release in the list (rollback skips it). */
  supersedes?: string
}

export type PublisherState = {
  version: 1
  /** Newest first. */
  history: BuildRecord[]
  /** Successful releases still on disk, oldest first (the order rollback walks back). */
  releases: ReleaseInfo[]
}

export const HISTORY_LIMIT = 100

export type StateStore = {
  readonly data: PublisherState
  /** Writes state.json atomically; saves are serialised and never overlap. */
  save: () => Promise<void>
}

const empty = (): PublisherState => ({ version: 1, history: [], releases: [] })

/** Reads state.json; a missing file is a fresh start, a corrupt one is set aside and logged. */
export const readState = async (file: string, logger?: Logger): Promise<PublisherState> => {
  let text: string
  try {
    text = await fs.readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return empty()
    throw new Error(`Could not read publisher state ${file}: ${errorMessage(error)}`)
  }
  try {
    const data = JSON.parse(text) as Partial<PublisherState>
    return {
      version: 1,
      history: Array.isArray(data.history) ? data.history : [],
      releases: Array.isArray(data.releases) ? data.releases : [],
    }
  } catch (error) {
    const aside = `${file}.corrupt-${Date.now()}`
    await fs.rename(file, aside).catch(() => {})
    logger?.error(
      `Publisher state ${file} is not valid JSON (${errorMessage(error)}); moved to ${aside}, starting with an empty history`,
    )
    return empty()
  }
}

export const openState = async (file: string, logger: Logger): Promise<StateStore> => {
  const data = await readState(file, logger)
  let chain: Promise<void> = Promise.resolve()
  const write = async () => {
    data.history.splice(HISTORY_LIMIT)
    const tmp = `${file}.${process.pid}.tmp`
    await fs.writeFile(tmp, `${JSON.stringify(data, null, 2)}\n`)
    await fs.rename(tmp, file)
  }
  return {
    data,
    save() {
      const next = chain.then(write)
      chain = next.catch((error) => {
        logger.error(`Could not save publisher state to ${file}: ${errorMessage(error)}`)
      })
      return chain
    },
  }
}
