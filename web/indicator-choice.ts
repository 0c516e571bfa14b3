import type { Indicator } from './api'
import type { UiState } from './state'

/**
 * The indicator the map shows, resolved against the catalogue: the one the state names, else the
 * first one measured at communes or villages; and its year: the state's when it has values, else
 * the latest. One home for the choice, used by the page and by what it fetches before React renders
 * (first-map-data.ts). Pure.
 */
export function chosenIndicator(indicators: Indicator[], state: Pick<UiState, 'indicator' | 'year'>) {
  const mappable = indicators.filter((item) => item.measuredAt !== 'province')
  const indicator = mappable.find((item) => item.code === state.indicator) ?? mappable[0]
  const year =
    indicator && state.year !== null && indicator.years.includes(state.year)
      ? state.year
      : (indicator?.years.at(-1) ?? null)
  return { indicator, year }
}
