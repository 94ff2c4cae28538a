import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { mediaState, mediaStats, settleFiles } from '../lib/data/media'

const types: Record<string, string> = {
  '.avif': 'image/avif',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
}

const countPages = async (dir: string): Promise<number> => {
  let count = 0
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) count += await countPages(path.join(dir, entry.name))
    else if (entry.name.endsWith('.html')) count++
  }
  return count
}

/**
 * Points the media helper at the real output and cache directories, then at the end of the build
 * waits for the media files the pages queued, logs `media: N files, M downloaded` and writes the figures the benchmark reads to
 * BUILD_STATS_FILE (default: web/build-stats.json).
 */
export const buildStats = (): AstroIntegration => {
  let started = 0
  let statsFile = ''
  return {
    name: 'vitrine:build-stats',
    hooks: {
      'astro:config:setup': ({ command }) => {
        started = performance.now()
        mediaState().copyToOutput = command === 'build'
        mediaState().deferFiles = command === 'build'
      },
      'astro:config:done': ({ config }) => {
        const state = mediaState()
        state.outDir = fileURLToPath(config.outDir)
        state.cacheDir = path.join(fileURLToPath(config.root), 'node_modules/.cache/vitrine-media')
        // Default web/build-stats.json (= dist/..): never inside a publisher's releases/ directory.
        statsFile =
          process.env.BUILD_STATS_FILE || path.join(fileURLToPath(config.root), 'build-stats.json')
      },
      // `astro dev` has no output directory: serve /media/* straight from the cache.
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          if (!req.url?.startsWith('/media/')) return next()
          const name = path.basename(
            decodeURIComponent(req.url.slice('/media/'.length).split('?')[0] ?? ''),
          )
          fs.readFile(path.join(mediaState().cacheDir, name))
            .then((data) => {
              res.setHeader(
                'Content-Type',
                types[path.extname(name).toLowerCase()] ?? 'application/octet-stream',
              )
              res.end(data)
            })
            .catch(() => next())
        })
      },
      'astro:build:done': async ({ dir, logger }) => {
        // Pages only queued their media files: the build succeeds once every one is in place.
        await settleFiles()
        const media = mediaStats()
        const pages = await countPages(fileURLToPath(dir))
        logger.info(`media: ${media.files} files, ${media.downloaded} downloaded`)
        const stats = {
          finishedAt: new Date().toISOString(),
          buildMs: Math.round(performance.now() - started),
          pages,
          media,
        }
        await fs.mkdir(path.dirname(statsFile), { recursive: true })
        await fs.writeFile(statsFile, `${JSON.stringify(stats, null, 2)}\n`)
      },
    },
  }
}
