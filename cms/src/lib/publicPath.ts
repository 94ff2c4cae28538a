import { pathFor } from '@vitrine/contracts/public-paths'

/** Where a document lives on the public site; `/` when it has no page of its own. */
export const publicPath = (collection: string, slug?: string | null): string =>
  pathFor(collection, slug) ?? '/'
