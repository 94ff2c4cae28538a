import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { ensureFiles, type Variant } from '../lib/data/media'
import {
  INPUTS_VERSION,
  inputsKey,
  inputsState,
  type InputsManifest,
  type PageEntry,
} from '../lib/data/pageInputs'

const MANIFEST = 'vitrine-inputs.json'
/** Astro's own incremental manifest (astro/dist/core/build/incremental.js). */
const ASTRO_MANIFEST = 'incremental-build.json'

type AstroManifest = {
  routes: Record<string, { paths: Record<string, { cacheKey?: string; outputFile: string }> }>
}

const readJson = <T>(file: string): T | null => {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T
  } catch {
    return null
  }
}

/** The HTML file a directory-format build writes for a pathname. */
const htmlFile = (outDir: string, pathname: string) =>
  path.join(outDir, ...pathname.split('/').filter(Boolean), 'index.html')

/**
 * Incremental builds (docs/adr/0023-incremental-releases.md), with Astro's
 * `experimental.incrementalBuild`: the pages record what they read (src/lib/data/pageInputs.ts);
 * at the end this writes those inputs for the next build, replays the media files of the pages
 * Astro reused, and sets each rendered page's key in Astro's manifest to the digest of the inputs
 * it read, which is what the next build's `getStaticPaths` computes when none of them changed.
 * VITRINE_FULL_BUILD=1 (or `astro build --force`) renders every page.
 */
export const incremental = (): AstroIntegration => {
  let cacheDir = ''
  return {
    name: 'vitrine:incremental',
    hooks: {
      'astro:config:setup': ({ command }) => {
        const state = inputsState()
        state.enabled = command === 'build' && process.env.VITRINE_PREVIEW !== '1'
      },
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir)
        const state = inputsState()
        const previous = readJson<InputsManifest>(path.join(cacheDir, MANIFEST))
        state.previous =
          previous?.version === INPUTS_VERSION && process.env.VITRINE_FULL_BUILD !== '1'
            ? previous
            : null
      },
      'astro:build:done': async ({ dir, logger }) => {
        const state = inputsState()
        if (!state.enabled || !state.digest) return
        const outDir = fileURLToPath(dir)
        const pages: Record<string, PageEntry> = {}
        for (const [pathname, rendering] of state.rendered) {
          const inputs: PageEntry['inputs'] = {}
          for (const key of rendering.keys) inputs[key] = state.digest(key)
          pages[pathname] = { inputs, media: rendering.media }
        }
        // Pages Astro reused from the previous build: restored in the output, not rendered.
        let reused = 0
        for (const [pathname, entry] of Object.entries(state.previous?.pages ?? {})) {
          if (pages[pathname] || !fs.existsSync(htmlFile(outDir, pathname))) continue
          pages[pathname] = entry
          reused++
          await ensureFiles(entry.media as Variant[])
        }
        const astroFile = path.join(cacheDir, ASTRO_MANIFEST)
        const astro = readJson<AstroManifest>(astroFile)
        if (astro) {
          for (const route of Object.values(astro.routes)) {
            for (const [pathname, entry] of Object.entries(route.paths)) {
              const page = pages[pathname]
              const props = state.props.get(pathname)
              if (page && props && state.rendered.has(pathname))
                entry.cacheKey = `${inputsKey(page.inputs)}.${props}`
            }
          }
          fs.writeFileSync(astroFile, JSON.stringify(astro))
        }
        const manifest: InputsManifest = { version: INPUTS_VERSION, pages }
        fs.mkdirSync(cacheDir, { recursive: true })
        fs.writeFileSync(path.join(cacheDir, MANIFEST), JSON.stringify(manifest))
        state.manifest = manifest
        state.summary = { rendered: state.rendered.size, reused }
        logger.info(`incremental: ${state.rendered.size} pages rendered, ${reused} reused`)
      },
    },
  }
}
