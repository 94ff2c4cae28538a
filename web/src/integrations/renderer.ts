import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { AstroConfig, AstroIntegration, AstroPrerenderer } from 'astro'
import { rendererState } from '../lib/renderer/rendererState'
import { createRendererSession, type RendererSession } from '../lib/renderer/session'

const SESSION = Symbol.for('vitrine.renderer.session')

/** Where Astro writes the prerender bundle of a static build (astro/dist/prerender/utils.js). */
const prerenderDir = (config: AstroConfig) => {
  const outDir = fileURLToPath(config.outDir)
  const base = outDir.startsWith(process.cwd()) ? outDir : path.join(process.cwd(), '.astro')
  return path.join(base, '.prerender')
}

const nativeImport = () => {
  const load = rendererState().nativeImport
  if (!load) throw new Error('renderer: start it with scripts/renderer.mjs (no native import)')
  return load
}

const modules = async (dir: string): Promise<string[]> => {
  const out: string[] = []
  for (const entry of await fs.readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) out.push(...(await modules(full)))
    else if (/\.m?js$/.test(entry.name)) out.push(full)
  }
  return out
}

/**
 * The long-lived renderer's hold on Astro (VITRINE_RENDERER=1, docs/adr/0035-long-lived-renderer.md):
 * wraps Astro's own prerenderer to keep it once the build is over. Astro deletes the prerender
 * bundle after generating the pages, so every module of it is imported first (later renders find
 * them in Node's module cache). At the end of the build the session that renders the next releases
 * is made from what the build leaves: the renderer, its paths, the recorded inputs, the output.
 */
export const renderer = (): AstroIntegration => {
  let config: AstroConfig | undefined
  let kept: AstroPrerenderer | undefined
  let firstPaths: Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>> = []
  return {
    name: 'vitrine:renderer',
    hooks: {
      'astro:config:done': ({ config: resolved }) => {
        config = resolved
      },
      'astro:build:start': ({ setPrerenderer }) => {
        if (!rendererState().enabled) return
        setPrerenderer((astro) => {
          kept = astro
          return {
            name: 'vitrine:renderer',
            setup: () => astro.setup?.() ?? Promise.resolve(),
            getStaticPaths: async () => (firstPaths = await astro.getStaticPaths()),
            render: (request, options) => astro.render(request, options),
            // Not Astro's teardown: the renderer lives on. Load what Astro is about to delete.
            teardown: async () => {
              const load = nativeImport()
              for (const file of await modules(prerenderDir(config!)))
                await load(pathToFileURL(file).href)
            },
          }
        })
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!rendererState().enabled || !kept || !config) return
        const session = await createRendererSession({
          prerenderer: kept,
          config,
          firstPaths,
          firstDir: fileURLToPath(dir),
        })
        ;(globalThis as Record<symbol, RendererSession>)[SESSION] = session
        logger.info(
          `renderer: kept Astro's renderer for the next releases (${firstPaths.length} paths)`,
        )
      },
    },
  }
}
