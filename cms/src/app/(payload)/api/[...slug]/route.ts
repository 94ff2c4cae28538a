import config from '@payload-config'
import '@payloadcms/next/css'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import { DIRECT_ROUTES, offerDirectRoute } from '../../../../lib/directRoutes'

export const GET = REST_GET(config)
export const POST = REST_POST(config)
export const DELETE = REST_DELETE(config)
export const PATCH = REST_PATCH(config)
export const PUT = REST_PUT(config)
export const OPTIONS = REST_OPTIONS(config)

// cms/server.ts answers the lead forms with these very handlers, without Next's router (ADR 0039).
for (const [route, slug] of Object.entries(DIRECT_ROUTES)) {
  const handler = route.startsWith('GET ') ? GET : POST
  offerDirectRoute(route, (request) =>
    handler(request, { params: Promise.resolve({ slug: [...slug] }) }),
  )
}
