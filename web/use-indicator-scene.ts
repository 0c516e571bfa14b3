import { useMemo } from 'react'
import { breaksFor, buildChoropleth, defaultClassification } from './choropleth'
import { chosenIndicator, yearsShown } from './indicator-choice'
import { useCommuneLayer, useCommuneLayers, useIndicators, useVillageLayer } from './queries'
import type { UiState } from './state'
import { timeAxis } from './time-axis'
import { breakMethodOf, breaksAcrossYears } from './year-classes'

/**
 * What the state asks to see, resolved against the catalogue: the indicator (or the first one),
 * the year (or the latest with data), the classification (or the indicator's default), the values,
 * their classes and colours, and the village indicator with its flags.
 */
export function useIndicatorScene(state: UiState) {
  const catalogue = useIndicators()
  const indicators = catalogue.data ?? []
  const { indicator, year } = chosenIndicator(indicators, state)
  const classification = state.classification ?? (indicator ? defaultClassification(indicator) : 'quantile')
  const vintage = state.historical ? '2019' : '2025'
  const layer = useCommuneLayer(indicator?.code ?? null, year, vintage)
  const axis = useMemo(
    () => (indicator ? timeAxis({ ...indicator, years: yearsShown(indicator, state.historical) }) : null),
    [indicator, state.historical],
  )
  // Numeric classes are cut once over every year's values unless asked otherwise (issue 12), so
  // the slider and the small multiples show change; the multiples need every year anyway.
  const method = indicator ? breakMethodOf(indicator, classification, layer.data) : null
  const heldYear = typeof state.classYears === 'number' ? state.classYears : null
  const pooled = method !== null && state.classYears === 'all'
  const years = useCommuneLayers(indicator?.code ?? null, axis?.withValues ?? [], vintage, pooled || state.multiples)
  const held = useCommuneLayer(
    method !== null && heldYear !== null ? (indicator?.code ?? null) : null,
    heldYear,
    vintage,
  )

  const villageIndicators = indicators.filter((item) => item.measuredAt === 'village')
  const villageIndicator =
    villageIndicators.find((item) => item.code === state.villageIndicator) ??
    villageIndicators.find((item) => item.code === indicator?.code) ??
    villageIndicators.find((item) => item.headline !== null) ??
    villageIndicators[0]
  const villageYear =
    villageIndicator && year !== null && villageIndicator.years.includes(year)
      ? year
      : (villageIndicator?.years.at(-1) ?? null)
  const villageValues = useVillageLayer(state.showVillages ? (villageIndicator?.code ?? null) : null, villageYear)

  // undefined: the breaks are still loading, and the map waits rather than flash other classes.
  const heldBreaks = useMemo((): number[] | null | undefined => {
    if (method === null || state.classYears === 'each') return null
    if (pooled)
      return years.ready
        ? breaksAcrossYears(
            years.layers.filter((item) => item !== undefined),
            method,
          )
        : undefined
    if (!held.data?.communes) return held.isError ? null : undefined
    const values = held.data.communes.map((row) => row.valueNumber).filter((value): value is number => value !== null)
    return values.length > 0 ? breaksFor(values, method) : null
  }, [method, state.classYears, pooled, years, held.data, held.isError])
  const choropleth = useMemo(
    () =>
      layer.data && indicator && heldBreaks !== undefined
        ? buildChoropleth({ layer: layer.data, indicator, classification, heldBreaks })
        : null,
    [layer.data, indicator, classification, heldBreaks],
  )
  // Each year's map with the same classes: the small multiples and their print.
  const yearChoropleths = useMemo(
    () =>
      state.multiples && indicator && axis && heldBreaks !== undefined
        ? axis.withValues.map((item, index) => {
            const data = years.layers[index]
            return {
              year: item,
              choropleth: data ? buildChoropleth({ layer: data, indicator, classification, heldBreaks }) : null,
              failed: years.failed[index] ?? false,
            }
          })
        : null,
    [state.multiples, indicator, axis, years, classification, heldBreaks],
  )
  const flags = useMemo(
    () => new Map((villageValues.data?.villages ?? []).map((row) => [row.id, row.valueFlag])),
    [villageValues.data],
  )
  const shown = [...(layer.data?.communes ?? []), ...(state.showVillages ? (villageValues.data?.villages ?? []) : [])]
  const provenances = [...new Set(shown.map((row) => row.provenance).filter((value) => value !== null))]

  return {
    catalogue,
    indicators,
    indicator,
    year,
    classification,
    layer,
    choropleth,
    axis,
    /** The years the classes were cut over, when fixed across years; null when each year has its own. */
    classYears: heldBreaks ? (pooled ? (axis?.withValues ?? []) : heldYear !== null ? [heldYear] : []) : null,
    yearsLoading: (pooled || state.multiples) && !years.ready,
    yearChoropleths,
    villageIndicators,
    villageIndicator,
    villageYear,
    flags,
    provenances,
  }
}

export type IndicatorScene = ReturnType<typeof useIndicatorScene>
