import type { Indicator } from './api'
import type { UiState } from './state'

/**
 * The indicator the map shows, resolved against the catalogue: the one the state names, else the
 * first one measured at communes or villages; and its year: the state's when it has values, else
 * the latest. One home for the choice, used by the page and by what it fetches before React renders
 * (first-map.ts). Pure.
 */
export function chosenIndicator(
  indicators: Indicator[],
  state: Pick<UiState, 'indicator' | 'year'> & Partial<Pick<UiState, 'historical'>>,
) {
  const mappable = indicators.filter((item) => item.measuredAt !== 'province')
  const indicator = mappable.find((item) => item.code === state.indicator) ?? mappable[0]
  const years = indicator ? yearsShown(indicator, state.historical ?? false) : []
  const year = state.year !== null && years.includes(state.year) ? state.year : (years.at(-1) ?? null)
  return { indicator, year }
}

// The 2008–2019 communes carry the values of the 2021 unit that absorbed each (sql/indicator-values.ts),
// and the 2021 units ended with the merger of 1 July 2025: they hold the years before it only.
const lastYearOfFormerUnits = 2024

/** The years with values on the map: every year of the indicator, or on the 2008–2019 communes those before the merger. */
export const yearsShown = (indicator: Pick<Indicator, 'years'>, historical: boolean) =>
  historical ? indicator.years.filter((year) => year <= lastYearOfFormerUnits) : indicator.years
