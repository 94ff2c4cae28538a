import { defineMiddleware } from 'astro/middleware'
import { beginPage, inputsState } from './lib/data/pageInputs'
import { indexRenderedPage, searchState } from './lib/search/searchState'

/**
 * `astro build`: marks where each page's render starts, for its recorded inputs, and hands the
 * rendered page to the search index.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  if (inputsState().enabled) beginPage(context.url.pathname)
  if (!searchState().enabled) return next()
  return indexRenderedPage(context.url.pathname, await next())
})
