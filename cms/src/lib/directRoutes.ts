/**
 * Routes the CMS web process (`cms/server.ts`) may answer without going through Next.js's router
 * (docs/adr/0039-lead-route-outside-next.md). The handlers live in Next's bundle, where Payload
 * and the config are; this process-wide registry hands them to the server, which holds no copy of
 * its own. A route not offered yet (before the API's first request) goes through Next as before.
 */
export type DirectHandler = (request: Request) => Promise<Response>

/**
 * The routes answered directly: every lead form of the site fetches a form token when the visitor
 * reaches for it, then posts here.
 */
export const DIRECT_ROUTES = {
  'POST /api/leads/submit': ['leads', 'submit'],
  'GET /api/leads/form-token': ['leads', 'form-token'],
} as const

const registry = (): Map<string, DirectHandler> => {
  const holder = globalThis as { [key: symbol]: Map<string, DirectHandler> | undefined }
  const key = Symbol.for('vitrine.directRoutes')
  return (holder[key] ??= new Map())
}

export const offerDirectRoute = (route: string, handler: DirectHandler) =>
  void registry().set(route, handler)
