import { defineMiddleware } from 'astro/middleware'
import { beginPage, inputsState } from './lib/data/pageInputs'

/** `astro build`: marks where each page's render starts, for its recorded inputs. */
export const onRequest = defineMiddleware((context, next) => {
  if (inputsState().enabled) beginPage(context.url.pathname)
  return next()
})
