import { useMemo } from 'react'
import { breaksFor, buildChoropleth, defaultClassification } from './choropleth'
import { useCommuneLayer, useIndicators, useVillageLayer } from './queries'
import type { UiState } from './state'

/**
 * What the state asks to see, resolved against the catalogue: the indicator (or the first one),
 * the year (or the latest with data), the classification (or the indicator's default), the values,
 * their classes and colours, and the village indicator with its flags.
 */
export function useIndicatorScene(state: UiState) {
  const catalogue = useIndicators()
  const indicators = catalogue.data ?? []
  const mappable = indicators.filter((item) => item.measuredAt !== 'province')
  const indicator = mappable.find((item) => item.code === state.indicator) ?? mappable[0]
  const year =
    indicator && state.year !== null && indicator.years.includes(state.year)
      ? state.year
      : (indicator?.years.at(-1) ?? null)
  const classification = state.classification ?? (indicator ? defaultClassification(indicator) : 'quantile')
  const vintage = state.historical ? '2019' : '2025'
  const layer = useCommuneLayer(indicator?.code ?? null, year, vintage)
  const held = useCommuneLayer(state.holdYear !== null ? (indicator?.code ?? null) : null, state.holdYear, vintage)

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

  const heldBreaks = useMemo(() => {
    if (!held.data?.communes || classification === 'target' || classification === 'gap') return null
    const values = held.data.communes.map((row) => row.valueNumber).filter((value): value is number => value !== null)
    return values.length > 0 ? breaksFor(values, classification) : null
  }, [held.data, classification])
  const choropleth = useMemo(
    () =>
      layer.data && indicator ? buildChoropleth({ layer: layer.data, indicator, classification, heldBreaks }) : null,
    [layer.data, indicator, classification, heldBreaks],
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
    villageIndicators,
    villageIndicator,
    villageYear,
    flags,
    provenances,
  }
}

export type IndicatorScene = ReturnType<typeof useIndicatorScene>
