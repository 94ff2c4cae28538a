import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { bundledOrder } from './rendererState'

// Astro's own writer of the data store a build bundles (what a full build's pages read), and the
// devalue it writes with (Astro's dependency, not ours).
const astroWriter = async () => {
  const astroPackage = createRequire(import.meta.url).resolve('astro/package.json')
  const url = pathToFileURL(
    path.join(path.dirname(astroPackage), 'dist/content/data-store-writer.js'),
  )
  const devalue = createRequire(astroPackage).resolve('devalue')
  return {
    ...((await import(url.href)) as {
      serializeDataStore?: (c: Map<string, Map<string, unknown>>) => string
    }),
    parse: ((await import(pathToFileURL(devalue).href)) as { parse: (s: string) => unknown }).parse,
  }
}

describe('the live store read by the long-lived renderer', () => {
  it('lists entries in the order of the store a full build bundles, not in the order they were fetched', async () => {
    // The order a cold sync leaves: documents as the CMS's batches of 50 came back.
    const fetched = ['984', '373', '1', '1000', '10', '100', '2', 'é-1', 'e-2']
    const entries = new Map(fetched.map((id) => [id, { data: { file: `${id}.json` } }]))
    const store = { entries: () => [...entries.entries()] }

    const { serializeDataStore, parse } = await astroWriter()
    expect(serializeDataStore, 'astro/dist/content/data-store-writer.js changed').toBeTypeOf(
      'function',
    )
    const bundled = parse(serializeDataStore!(new Map([['articles', entries]]))) as Map<
      string,
      Map<string, { data: { file: string } }>
    >
    const astroOrder = [...bundled.get('articles')!.values()].map((e) => e.data.file)

    expect(bundledOrder(store).map((ref) => ref.file)).toEqual(astroOrder)
    expect(astroOrder).not.toEqual(fetched.map((id) => `${id}.json`))
  })
})
