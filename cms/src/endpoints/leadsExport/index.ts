import type { Endpoint, Where } from 'payload'
import type { Lead } from '@vitrine/cms-client/types'
import { hasRole } from '../../access/roles'
import { toFrenchCsv } from '../../lib/csv'
import { exportColumns } from './exportColumns'

const SEARCHABLE_FALLBACK = ['firstName', 'lastName', 'email', 'companyName']

/**
 * `GET /api/leads/export?<the list's query>`: every lead the list shows (its `where` filters and
 * its search box, all pages) as a CSV French Excel opens in columns. Read as the caller, so access
 * rules apply; the « Exporter » button of the leads list links here with its own query string.
 */
export const exportLeadsEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    if (!req.user || !hasRole(req.user, 'admin', 'sales')) {
      return Response.json(
        {
          errors: [
            {
              message: 'L’export des demandes est réservé aux commerciaux et aux administrateurs.',
            },
          ],
        },
        { status: 403 },
      )
    }
    const query = (req.query ?? {}) as { where?: Where; search?: string; sort?: string }
    const and: Where[] = []
    if (query.where && typeof query.where === 'object') and.push(query.where)
    const search = typeof query.search === 'string' ? query.search.trim() : ''
    if (search) {
      const fields =
        req.payload.collections.leads.config.admin?.listSearchableFields ?? SEARCHABLE_FALLBACK
      and.push({ or: fields.map((field) => ({ [field]: { like: search } })) })
    }
    try {
      const { docs } = await req.payload.find({
        collection: 'leads',
        where: and.length ? { and } : undefined,
        sort: typeof query.sort === 'string' && query.sort ? query.sort : '-createdAt',
        pagination: false,
        depth: 1,
        user: req.user,
        overrideAccess: false,
        req,
      })
      const rows = (docs as Lead[]).map((lead) => exportColumns.map(([, value]) => value(lead)))
      const day = new Date().toISOString().slice(0, 10)
      req.payload.logger.info(
        `leads/export: ${rows.length} leads exported (by user ${req.user.id}, search "${search}")`,
      )
      return new Response(
        toFrenchCsv(
          exportColumns.map(([header]) => header),
          rows,
        ),
        {
          status: 200,
          headers: {
            'Content-Type': 'text/csv; charset=utf-8',
            'Content-Disposition': `attachment; filename="demandes-${day}.csv"`,
            'Cache-Control': 'no-store',
          },
        },
      )
    } catch (error) {
      req.payload.logger.error({
        err: error,
        msg: `leads/export failed (user ${req.user.id}, url ${req.url})`,
      })
      return Response.json(
        {
          errors: [
            { message: 'L’export a échoué : vérifiez les filtres de la liste puis réessayez.' },
          ],
        },
        { status: 400 },
      )
    }
  },
}
