import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { z } from 'zod'
import { allow } from '../auth/allow'
import { csvText } from '../planning/csv'
import type { PortalEnv } from '../portal-env'
import { audit } from '../sql/audit'
import { communeFeatureCollection, type ExportRequest, exportTable } from '../sql/exports'
import { rankingQuery } from './ranking-query'
import { indicatorCode, validate, year } from './validate'

const exportQuery = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('indicator'), indicator: indicatorCode, year: year.optional() }),
    rankingQuery.extend({ kind: z.literal('ranking') }),
  ],
  { message: 'must be indicator or ranking' },
)

/** What the audit log keeps of an export: its parameters, weights as an object. */
const auditDetail = (request: ExportRequest) =>
  request.kind === 'ranking'
    ? { ...request, weights: Object.fromEntries(request.weights.map(({ code, weight }) => [code, weight])) }
    : request

// Downloads are files: not kept by any cache, named in ASCII (codes are [a-z0-9_]).
const download = (type: string, fileName: string) => ({
  'content-type': type,
  'content-disposition': `attachment; filename="${fileName}"`,
  'cache-control': 'no-store',
})

/** Exports of what the planner sees (the map's indicator or the ranking), audited; planner and admin roles. */
export function exportRoutes() {
  return new Hono<PortalEnv>()
    .get('/export.csv', allow('planner:tools'), validate('query', exportQuery), async (c) => {
      const request = c.req.valid('query')
      const table = await exportTable(c.var.sql, request, new Date())
      if ('error' in table) throw new HTTPException(table.status, { message: table.error })
      await audit(c.var.sql, c.var.caller, { action: 'export', target: 'csv', detail: auditDetail(request) })
      return c.body(csvText(table), 200, download('text/csv; charset=utf-8', `${table.fileName}.csv`))
    })
    .get('/export.geojson', allow('planner:tools'), validate('query', exportQuery), async (c) => {
      const request = c.req.valid('query')
      const table = await exportTable(c.var.sql, request, new Date())
      if ('error' in table) throw new HTTPException(table.status, { message: table.error })
      await audit(c.var.sql, c.var.caller, { action: 'export', target: 'geojson', detail: auditDetail(request) })
      const body = await communeFeatureCollection(c.var.sql, table)
      return c.body(body, 200, download('application/geo+json; charset=utf-8', `${table.fileName}.geojson`))
    })
}
