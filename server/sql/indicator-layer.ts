import type { Sql } from '../db'
import { indicatorValues, villageValues } from './indicator-values'
import { type Indicator, listIndicators } from './indicators'

export type LayerRequest = {
  indicator: string
  year?: number
  vintage: '2025' | '2021' | '2019'
  level: 'commune' | 'village'
  commune?: string
}

export const carryRuleText: Record<string, string> = {
  sum: 'sum of the former units (split units by area share)',
  population_mean: 'population-weighted mean of the former units (census 2019)',
  area_mean: 'area-weighted mean of the former units',
  share_of_former_yes: 'share of the former units with "yes" (%)',
  share_of_former_region_iii: 'share of the former units in region III (%)',
}

export type IndicatorLayer =
  | { error: 'unknown-indicator' | 'not-a-village-indicator' }
  | Awaited<ReturnType<typeof layerOf>>

async function layerOf(sql: Sql, indicator: Indicator, request: LayerRequest) {
  const year = request.year ?? indicator.years.at(-1) ?? 2025
  const base = { indicator: indicator.code, year, vintage: request.vintage }
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
  const carried = communes.some((row) => row.method === 'crosswalk')
  return {
    ...base,
    level: 'commune' as const,
    communes,
    villages: null,
    rule: carried ? (carryRuleText[indicator.carryRule] ?? null) : null,
  }
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
