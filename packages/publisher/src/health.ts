import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { errorMessage } from './logger.ts'
import type { PublisherStatus } from './publisher.ts'
import type { Layout } from './releases.ts'

export type PublisherHealth = {
  status: 'ok' | 'degraded' | 'unhealthy'
  checks: {
    releasesWritable: boolean
    currentServed: boolean | null
    state: PublisherStatus['state']
    currentRelease: string | null
    lastSuccessAt: string | null
    lastBuildFailed: boolean
  }
  problems: string[]
}

/**
 * GET /health: unhealthy (503) when the releases folder cannot be written (no build can land) or
 * the live release's folder is gone (the site serves nothing); degraded (200) when the last build
 * failed (the previous release stays live). One small file write and two stats.
 */
export const checkHealth = async (
  layout: Layout,
  status: PublisherStatus,
): Promise<PublisherHealth> => {
  const problems: string[] = []
  let releasesWritable = true
  const probe = path.join(layout.releasesDir, `.health-${crypto.randomBytes(4).toString('hex')}`)
  try {
    await fs.writeFile(probe, '')
    await fs.rm(probe)
  } catch (error) {
    releasesWritable = false
    problems.push(`Cannot write to ${layout.releasesDir}: ${errorMessage(error)}`)
  }
  let currentServed: boolean | null = null
  if (status.current) {
    currentServed = await fs.stat(path.join(layout.releasesDir, status.current.id)).then(
      (s) => s.isDirectory(),
      () => false,
    )
    if (!currentServed)
      problems.push(`The live release ${status.current.id} has no folder any more`)
  }
  const lastBuildFailed = status.lastBuild?.ok === false
  if (lastBuildFailed)
    problems.push(
      `The last build (${status.lastBuild?.id}) failed; the previous release stays live`,
    )
  const unhealthy = !releasesWritable || currentServed === false
  return {
    status: unhealthy ? 'unhealthy' : lastBuildFailed ? 'degraded' : 'ok',
    checks: {
      releasesWritable,
      currentServed,
      state: status.state,
      currentRelease: status.current?.id ?? null,
      lastSuccessAt: status.lastSuccess?.finished ?? null,
      lastBuildFailed,
    },
    problems,
  }
}
