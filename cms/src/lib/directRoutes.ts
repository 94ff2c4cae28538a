/**
 * Routes the CMS web process (`cms/server.ts`) may answer without going through Next.js's router
 * (docs/adr/0039-lead-route-outside-next.md). The handlers live in Next's bundle, where Payload
 * and the config are; this process-wide registry hands them to the server, which holds no copy of
 * its own. A route not offered yet (before the API's first request) goes through Next as before.
 */
export type DirectHandler = (request: Request) => Promise<Response>

/** The one route answered directly: every lead form of the site posts here. */
export const LEAD_SUBMIT_ROUTE = 'POST /api/leads/submit'

const registry = (): Map<string, DirectHandler> => {
  const holder = globalThis as { [key: symbol]: Map<string, DirectHandler> | undefined }
  const key = Symbol.for('vitrine.directRoutes')
  return (holder[key] ??= new Map())
}

export const offerDirectRoute = (route: string, handler: DirectHandler) =>
  void registry().set(route, handler)
