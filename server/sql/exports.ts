import type { Sql } from '../db'
import { badParameter, type Message } from '../message'
import { notFound } from '../not-found'
import { type ExportTable, indicatorTable } from '../planning/export-table'
import { rankingTable } from '../planning/ranking-table'
import { carriedRule } from './indicator-layer'
import { indicatorValues } from './indicator-values'
import { listIndicators } from './indicators'
import { communeRanking, type RankingRequest } from './ranking'

export type ExportRequest =
  | { kind: 'indicator'; indicator: string; year?: number }
  | ({ kind: 'ranking' } & RankingRequest)
export type ExportProblem = { status: 400 | 404; problem: Message }

/** What the planner downloads: the map's indicator layer or the ranking, as one table of the 65 communes. */
export async function exportTable(
  sql: Sql,
  request: ExportRequest,
  /** When the ranking was asked for; the version of the public data the indicator's figures are of. */
  context: { exportedAt: Date; dataVersion: number },
): Promise<ExportTable | ExportProblem> {
  if (request.kind === 'ranking') {
    const ranking = await communeRanking(sql, request)
    if ('error' in ranking) return { status: 400, problem: ranking.error }
    return rankingTable(ranking, context.exportedAt)
  }
  const [indicator] = await listIndicators(sql, request.indicator)
  if (!indicator) return { status: 404, problem: notFound.indicator(request.indicator) }
  if (indicator.measuredAt === 'province')
    return {
      status: 400,
      problem: badParameter('indicator', {
        vi: `${indicator.code} là số liệu cấp tỉnh, không có giá trị theo xã`,
        en: `${indicator.code} is a province figure, with no commune values`,
      }),
    }
  const year = request.year ?? indicator.years.at(-1) ?? 2025
  const rows = await indicatorValues(sql, { indicators: [indicator.code], years: [year], vintage: '2025' })
  const rule = carriedRule(indicator, rows)
  return indicatorTable(indicator, year, rows, { rule, dataVersion: context.dataVersion })
}

/**
 * The table as GeoJSON, built by PostGIS: the 65 communes at medium detail (as the map draws them)
 * with the table's columns as properties, in the table's order, and its metadata at the top.
 * Rows go in as JSON text, not jsonb, so that the properties keep the columns' order.
 */
export async function communeFeatureCollection(sql: Sql, table: ExportTable): Promise<string> {
  const [row] = await sql<{ collection: string }[]>`
    select json_build_object(
      'type', 'FeatureCollection',
      'metadata', ${JSON.stringify(table.metadata)}::text::json,
      'features', coalesce(json_agg(json_build_object(
        'type', 'Feature',
        'id', u.code,
        'geometry', st_asgeojson(u.geom_medium, 5)::json,
        'properties', item.properties
      ) order by item.position), '[]'::json)
    )::text as collection
    from json_array_elements(${JSON.stringify(table.rows)}::text::json) with ordinality as item(properties, position)
    join unit u on u.level = 'commune' and u.vintage = '2025' and u.code = item.properties ->> 'code'`
  return row!.collection
}
