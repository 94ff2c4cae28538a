import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration, AstroIntegrationLogger } from 'astro'
import { rendererState } from '../lib/renderer/rendererState'
import { writePagefindIndex } from '../lib/search/pagefindIndex'
import { searchDocument } from '../lib/search/searchDocument'
import { searchState } from '../lib/search/searchState'

/** Site path of an HTML file of a directory-format build (`blog/x/index.html` → `/blog/x/`). */
const urlOf = (file: string) => {
  const rel = file.split(path.sep).join('/')
  return rel.endsWith('index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`
}

const htmlFiles = async (dir: string, base = dir): Promise<string[]> => {
  const out: string[] = []
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) out.push(...(await htmlFiles(full, base)))
    else if (entry.name.endsWith('.html')) out.push(path.relative(base, full))
  }
  return out
}

/**
 * The Pagefind index of the site, written by `astro build` into `<outDir>/pagefind/`
 * (docs/adr/0033-fast-full-builds.md). Each page's search document (its head and its
 * `data-pagefind-body` elements, src/lib/search/searchDocument.ts) is cut out as the page renders;
 * pages Astro reused from the previous build (incremental) are read back from the output. Once
 * every page is generated Pagefind indexes them in URL order (its output depends on the order
 * pages are added, and an incremental build must write the index a full build writes), while
 * Astro finishes the build. Replaces `pagefind --site <outDir>`
 * after the build, which read and parsed every whole page (header, footer, forms included).
 */
export const searchIndex = (): AstroIntegration => {
  const documents = searchState().documents
  const add = (url: string, html: string) => {
    const content = searchDocument(html)
    if (content) documents.set(url, content)
    else documents.delete(url)
  }
  const writeIndex = async (outDir: string, logger: AstroIntegrationLogger) => {
    const state = searchState()
    const started = performance.now()
    await Promise.all(state.reading)
    let readBack = 0
    for (const file of await htmlFiles(outDir)) {
      const url = urlOf(file)
      if (state.seen.has(url)) continue
      add(url, await fs.readFile(path.join(outDir, file), 'utf8'))
      readBack++
    }
    const pages = await writePagefindIndex(documents, outDir)
    // The long-lived renderer keeps them: its next releases index them again with the pages it renders.
    if (!rendererState().enabled) documents.clear()
    logger.info(
      `search index: ${pages} pages (${readBack} files read back from the output) in ${((performance.now() - started) / 1000).toFixed(2)} s`,
    )
  }
  let written: Promise<void> = Promise.resolve()
  return {
    name: 'vitrine:search-index',
    hooks: {
      'astro:config:setup': ({ command }) => {
        const state = searchState()
        state.enabled = command === 'build' && process.env.VITRINE_PREVIEW !== '1'
        if (state.enabled) state.add = add
      },
      // Every page is in the output once the pages are generated (reused ones restored): Pagefind
      // (its own process) indexes while Astro finishes the build (its caches, manifests, assets).
      'astro:build:generated': ({ dir, logger }) => {
        if (!searchState().enabled) return
        written = writeIndex(fileURLToPath(dir), logger)
        // Awaited in astro:build:done, which reports a failure; not an unhandled rejection meanwhile.
        written.catch(() => {})
      },
      'astro:build:done': async () => {
        await written
      },
    },
  }
}
