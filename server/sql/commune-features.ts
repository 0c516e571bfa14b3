import type { Sql } from '../db'
import { valueProperties } from '../ogc/value-properties'
import { type FeaturePage, type PageRequest, unitFeatures } from './feature-pages'
import { indicatorValues } from './indicator-values'

// The communes of one list as OGC features with the published indicator values of one year as
// properties (issue #13 §3). The values come from indicatorValues, the one reader of values (the
// crosswalk for 2025 communes before July 2025, the 2021 unit that absorbed a 2008–2019 commune,
// the villages' flags), under the caller's row-level security: the public never sees a draft, nor
// a sample value while an admin hides them.

/** The commune indicators (province figures have no commune value), in the catalogue's order. */
export async function communeIndicators(sql: Sql): Promise<string[]> {
  const rows = await sql<{ code: string }[]>`
    select code from indicator where measured_at <> 'province' order by headline nulls last, sort, code`
  return rows.map((row) => row.code)
}

/**
 * The years in which the communes of a list have values, from the sources indicatorValues reads:
 * values stored on the list's own communes; for the 2025 and 2008–2019 communes, also the 2021
 * list's values (carried through the crosswalk, or taken from the absorbing unit) and the villages'.
 */
export async function communeValueYears(sql: Sql, vintage: string): Promise<number[]> {
  const rows = await sql<{ year: number }[]>`
    select distinct v.year from current_value v join unit u on u.id = v.unit_id
    where u.level = 'commune' and (u.vintage = ${vintage} or (u.vintage = '2021' and ${vintage} in ('2025', '2019')))
    union
    select distinct v.year from current_value v
    where v.village_id is not null and ${vintage} in ('2025', '2019')
    order by year`
  return rows.map((row) => row.year)
}

/** A page of the communes of `vintage`, each with every commune indicator's value of `year`. */
export async function communeFeatures(
  sql: Sql,
  request: PageRequest & { vintage: string; year: number },
): Promise<FeaturePage> {
  const units = await unitFeatures(sql, { ...request, level: 'commune' })
  const codes = units.features.map((feature) => String(feature.id))
  if (codes.length === 0) return units
  const indicators = await communeIndicators(sql)
  const values = await indicatorValues(sql, {
    indicators,
    years: [request.year],
    vintage: request.vintage,
    unitCodes: codes,
  })
  const properties = valueProperties(codes, indicators, request.year, values)
  return {
    matched: units.matched,
    features: units.features.map((feature) => ({
      ...feature,
      properties: { ...feature.properties, ...properties.get(String(feature.id)) },
    })),
  }
}
