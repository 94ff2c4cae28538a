import type { Endpoint } from 'payload'
import { installationHealth } from '../lib/health/installationHealth'

/**
 * GET /api/health for load balancers, compose and operators: 200 when well (or degraded), 503
 * when unhealthy; the body says which check failed. Open to anyone: it holds no secret and no
 * personal data.
 */
export const health: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const report = await installationHealth(req.payload)
    return Response.json(report, {
      status: report.status === 'unhealthy' ? 503 : 200,
      headers: { 'cache-control': 'no-store' },
    })
  },
}
