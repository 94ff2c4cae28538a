import type { Endpoint } from 'payload'
import { installationHealth } from '../lib/health/installationHealth'

/**
 * GET /api/health for operators and monitoring, GET /api/health?probe=ready for the reverse proxy
 * and compose (database and migrations only): 200 when well (or degraded), 503 when unhealthy;
 * the body says which check failed. Open to anyone: it holds no secret and no
 * personal data.
 */
export const health: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const scope = req.searchParams.get('probe') === 'ready' ? 'ready' : 'full'
    const report = await installationHealth(req.payload, { scope })
    return Response.json(report, {
      status: report.status === 'unhealthy' ? 503 : 200,
      headers: { 'cache-control': 'no-store' },
    })
  },
}
