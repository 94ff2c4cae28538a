import path from 'node:path'
import * as pagefind from 'pagefind'

/**
 * Writes the Pagefind index of these search documents (URL → the cut page, searchDocument.ts) into
 * `<outDir>/pagefind/`, adding them in URL order: Pagefind's output depends on the order pages are
 * added, and every way of building a release (a full build, an incremental one, the long-lived
 * renderer) must write the same index for the same pages (docs/adr/0033, 0035).
 */
export const writePagefindIndex = async (
  documents: ReadonlyMap<string, string>,
  outDir: string,
): Promise<number> => {
  const { index, errors } = await pagefind.createIndex({})
  if (!index) throw new Error(`search index: Pagefind did not start (${errors.join('; ')})`)
  try {
    const urls = [...documents.keys()].sort()
    const added = await Promise.all(
      urls.map((url) => index.addHTMLFile({ url, content: documents.get(url)! })),
    )
    const refused = added.flatMap((r, i) => r.errors.map((e) => `${urls[i]}: ${e}`))
    if (refused.length > 0)
      throw new Error(`search index: Pagefind refused pages: ${refused.join('; ')}`)
    const result = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') })
    if (result.errors.length > 0)
      throw new Error(
        `search index: writing ${outDir}/pagefind failed: ${result.errors.join('; ')}`,
      )
    return urls.length
  } finally {
    await pagefind.close()
  }
}
