import { type Context, Hono } from 'hono'
import { z } from 'zod'
import { allowUnless } from '../auth/allow'
import { Refusal } from '../message'
import { csvText } from '../planning/csv'
import type { PortalEnv } from '../portal-env'
import { audit } from '../sql/audit'
import { communeFeatureCollection, type ExportRequest, exportTable } from '../sql/exports'
import { rankingQuery } from './ranking-query'
import { phrase, says } from './schema-words'
import { indicatorCode, validate, year } from './validate'

const exportQuery = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('indicator'), indicator: indicatorCode, year: year.optional() }),
    rankingQuery.extend({ kind: z.literal('ranking') }),
  ],
  says(phrase.oneOf(['indicator', 'ranking'])),
)

/** What the audit log keeps of an export: its parameters, weights as an object. */
const auditDetail = (request: ExportRequest) =>
  request.kind === 'ranking'
    ? { ...request, weights: Object.fromEntries(request.weights.map(({ code, weight }) => [code, weight])) }
    : request

// The published figures of the map are everyone's (issue 10 §6): `kind=indicator` is open, and only
// when every `kind` of the query says so; a ranking stays the planner's.
const publishedFigures = (c: Context<PortalEnv>) => {
  const kinds = c.req.queries('kind') ?? []
  return kinds.length > 0 && kinds.every((kind) => kind === 'indicator')
}
const plannerUnlessFigures = allowUnless('planner:tools', publishedFigures)

/** Who downloaded what is audited for accounts; the public's downloads of published figures are not. */
const auditExport = (c: Context<PortalEnv>, target: 'csv' | 'geojson', request: ExportRequest) =>
  c.var.caller.account
    ? audit(c.var.sql, c.var.caller, { action: 'export', target, detail: auditDetail(request) })
    : undefined

// Downloads are files named in ASCII (codes are [a-z0-9_]). An account's are kept by no cache; the
// public's published figures are replaced by the kept public answer (public-cache/middleware.ts).
const download = (type: string, fileName: string) => ({
  'content-type': type,
  'content-disposition': `attachment; filename="${fileName}"`,
  'cache-control': 'no-store',
})

/**
 * Exports of what the map shows: an indicator's published values for everyone (row-level security
 * leaves out what the caller may not see: drafts are never current values, hidden samples are not
 * the public's), the ranking for planner and admin roles. Downloads by an account are audited.
 */
export function exportRoutes() {
  return new Hono<PortalEnv>()
    .get('/export.csv', plannerUnlessFigures, validate('query', exportQuery), async (c) => {
      const request = c.req.valid('query')
      const table = await exportTable(c.var.sql, request, { exportedAt: new Date(), dataVersion: c.var.dataVersion })
      if ('problem' in table) throw new Refusal(table.status, table.problem)
      await auditExport(c, 'csv', request)
      return c.body(csvText(table), 200, download('text/csv; charset=utf-8', `${table.fileName}.csv`))
    })
    .get('/export.geojson', plannerUnlessFigures, validate('query', exportQuery), async (c) => {
      const request = c.req.valid('query')
      const table = await exportTable(c.var.sql, request, { exportedAt: new Date(), dataVersion: c.var.dataVersion })
      if ('problem' in table) throw new Refusal(table.status, table.problem)
      await auditExport(c, 'geojson', request)
      const body = await communeFeatureCollection(c.var.sql, table)
      return c.body(body, 200, download('application/geo+json; charset=utf-8', `${table.fileName}.geojson`))
    })
}
