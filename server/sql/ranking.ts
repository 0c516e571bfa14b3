import type { Sql } from '../db'
import { badParameter, type Message } from '../message'
import { type Better, categoryMapping, type Normalise } from '../planning/normalise'
import { type RankingCommune, rankCommunes } from '../planning/ranking'
import { catalogueProblem, type Weight } from '../planning/weights'
import { indicatorValues, type UnitValue } from './indicator-values'

export type RankingRequest = { year: number; weights: Weight[]; normalise: Normalise }

type CatalogueEntry = { code: string; measuredAt: string; better: Better }

/** Each 2025 commune's latest population (the official 2025 figure), shown beside its rank. */
export async function communePopulations(sql: Sql): Promise<Map<string, number>> {
  const rows = await sql<{ code: string; population: number }[]>`
    select distinct on (u.code) u.code, v.value_number as population
    from unit u
    join current_value v on v.unit_id = u.id and v.indicator = 'population'
    where u.level = 'commune' and u.vintage = '2025' and v.value_number is not null
    order by u.code, v.year desc`
  return new Map(rows.map((row) => [row.code, row.population]))
}

/** The value as shown: a number, a region status, or yes/no as true/false. */
export const rawValue = (row: UnitValue) => row.valueNumber ?? row.valueCategory ?? row.valueFlag

/** A weighted code the ranking cannot use, as the refusal of the `weights` parameter. */
type RankingRefused = { error: Message }

/**
 * The planner's composite disadvantage ranking of the 65 communes of 2025 for one year, from the
 * same values as the map (pre-merger years through the crosswalk, village indicators from the
 * villages), or `{ error }` when a weighted code is not a commune indicator of the catalogue.
 */
export async function communeRanking(sql: Sql, request: RankingRequest) {
  const catalogue = await sql<CatalogueEntry[]>`select code, measured_at, better from indicator`
  const problem = catalogueProblem(request.weights, catalogue)
  if (problem) return { error: badParameter('weights', problem) } as RankingRefused
  const rows = await indicatorValues(sql, {
    indicators: request.weights.map((item) => item.code),
    years: [request.year],
    vintage: '2025',
    // the ranking compares communes with each other, not with the plan's targets
    targets: false,
  })
  const populations = await communePopulations(sql)
  const communes = new Map<string, RankingCommune>()
  for (const row of rows) {
    const commune = communes.get(row.code) ?? {
      code: row.code,
      name: row.name,
      population: populations.get(row.code) ?? null,
      values: {},
    }
    commune.values[row.indicator] = { value: rawValue(row), provenance: row.provenance }
    communes.set(row.code, commune)
  }
  const indicators = request.weights.map(({ code, weight }) => ({
    code,
    weight,
    better: catalogue.find((entry) => entry.code === code)!.better,
  }))
  const ranking = rankCommunes(
    [...communes.values()].sort((a, b) => a.code.localeCompare(b.code)),
    indicators,
    request.normalise,
  )
  return {
    year: request.year,
    method: request.normalise,
    weights: Object.fromEntries(indicators.map(({ code, weight }) => [code, weight])),
    direction: Object.fromEntries(indicators.map(({ code, better }) => [code, better])),
    mapping: categoryMapping,
    missing: ranking.missing,
    items: ranking.items,
  }
}

export type Ranking = Exclude<Awaited<ReturnType<typeof communeRanking>>, RankingRefused>
