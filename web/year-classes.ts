import type { Indicator, IndicatorLayer } from './api'
import { breaksFor, type MapClassification } from './choropleth'
import type { BreakMethod } from './classify'
import type { Text } from './i18n/text'
import { yearsSpan } from './time-axis'

// Classes fixed across the years (issue 12): the breaks of a numeric map are computed once over
// the values of every year shown, pooled, so a commune's colour changes only when its value
// crosses a break, and the time slider and the small multiples show change, not each year's own
// ranking. Pure.

/**
 * Which years the breaks are computed over: every year with values ('all', the default), each
 * year on its own ('each'), or one chosen year's values held (an older link's `hold=2024`).
 */
export type ClassYears = 'all' | 'each' | number

const breakMethods: MapClassification[] = ['quantile', 'jenks', 'equal']

/**
 * The break method a numeric map of this indicator uses, or null when its classes need no breaks:
 * statuses and yes/no are categories, and target or gap classes come from the server's judgement.
 * A target asked for where the year's layer has no commune target falls back to quantiles
 * (choropleth.ts), so that year needs breaks too.
 */
export function breakMethodOf(
  indicator: Pick<Indicator, 'valueType'>,
  classification: MapClassification,
  layer: Pick<IndicatorLayer, 'target'> | undefined,
): BreakMethod | null {
  if (indicator.valueType !== 'number') return null
  if (breakMethods.includes(classification)) return classification as BreakMethod
  return layer && !layer.target ? 'quantile' : null
}

/** Every commune's number in every layer given: the pool the fixed breaks are cut from. */
export function valuesAcrossYears(layers: Pick<IndicatorLayer, 'communes'>[]): number[] {
  return layers.flatMap((layer) =>
    (layer.communes ?? [])
      .map((row) => row.valueNumber)
      .filter((value): value is number => value !== null && Number.isFinite(value)),
  )
}

/** Breaks over the values of all the layers (one per year), or null when none has a value. */
export function breaksAcrossYears(layers: Pick<IndicatorLayer, 'communes'>[], method: BreakMethod): number[] | null {
  const values = valuesAcrossYears(layers)
  return values.length > 0 ? breaksFor(values, method) : null
}

/** How the classes stand across years, in words, for the legend and the printed sheet; null when each year has its own. */
export function classYearsNote(text: Text, chosen: ClassYears, years: number[] | null): string | null {
  if (years === null || years.length === 0) return null
  return typeof chosen === 'number' ? text.time.heldNote(chosen) : text.time.fixedNote(yearsSpan(years))
}
