import type { Sql } from '../db'
import { carryWords, isCarryRule } from '../planning/carry'
import { nearMargin, nextTarget } from '../planning/targets'
import { indicatorValues, villageValues } from './indicator-values'
import { type Indicator, listIndicators } from './indicators'

export type LayerRequest = {
  indicator: string
  year?: number
  vintage: '2025' | '2021' | '2019'
  level: 'commune' | 'village'
  commune?: string
}

/** The rule by which pre-merger values reached the 2025 communes, in words; null when none was carried. */
export const carriedRule = (indicator: Indicator, rows: { method: string | null }[]) =>
  rows.some((row) => row.method === 'crosswalk') && isCarryRule(indicator.carryRule)
    ? carryWords[indicator.carryRule]
    : null

/**
 * The commune target the year's values are measured against (the plan's next one), with the value
 * to reach when it is the same for every commune, and how close counts as near.
 */
function layerTarget(indicator: Indicator, year: number) {
  const target = nextTarget(indicator.targets, year)
  if (!target) return null
  return {
    ...target,
    threshold: target.perCommune ? null : target.value,
    margin: nearMargin(indicator.unit, target.value),
  }
}

export type IndicatorLayer =
  | { error: 'unknown-indicator' | 'not-a-village-indicator' }
  | Awaited<ReturnType<typeof layerOf>>

async function layerOf(sql: Sql, indicator: Indicator, request: LayerRequest) {
  const year = request.year ?? indicator.years.at(-1) ?? 2025
  const base = { indicator: indicator.code, year, vintage: request.vintage, target: layerTarget(indicator, year) }
  if (request.level === 'village') {
    return {
      ...base,
      level: 'village' as const,
      villages: await villageValues(sql, { indicator: indicator.code, year, commune: request.commune }),
      communes: null,
      rule: null,
    }
  }
  const rows = await indicatorValues(sql, {
    indicators: [indicator.code],
    years: [year],
    vintage: request.vintage,
    unitCode: request.commune,
  })
  const communes = rows.map(({ indicator: _indicator, year: _year, ...row }) => row)
  return { ...base, level: 'commune' as const, communes, villages: null, rule: carriedRule(indicator, communes) }
}

/**
 * What the map needs for one indicator: a value per commune (or per village) for the year asked,
 * or the latest year with data. Pre-merger years on the 2025 communes come through the crosswalk,
 * and the answer names the rule used.
 */
export async function indicatorLayer(sql: Sql, request: LayerRequest): Promise<IndicatorLayer> {
  const [indicator] = await listIndicators(sql, request.indicator)
  if (!indicator) return { error: 'unknown-indicator' }
  if (request.level === 'village' && indicator.measuredAt !== 'village') return { error: 'not-a-village-indicator' }
  return layerOf(sql, indicator, request)
}
