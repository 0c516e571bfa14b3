import type { UnitDetail } from './api'

// How a commune's values are read on screen and on its printed profile: the value of the chosen
// year, its unit, and the server's check against the next target (never decided here).

export type IndicatorDetail = UnitDetail['indicators'][number]
export type Value = IndicatorDetail['series'][number]

export const shownValue = (value: Value) => value.valueNumber ?? value.valueCategory ?? value.valueFlag

/** A status or yes/no carried from former units is a share of them, in percent. */
export const carried = (indicator: IndicatorDetail, value: Value) =>
  value.method === 'crosswalk' && indicator.valueType !== 'number'
export const unitOf = (indicator: IndicatorDetail, value: Value) =>
  carried(indicator, value) ? 'percent' : indicator.unit

/** The value of the chosen year, or the latest before it; the latest of all when no year is chosen. */
export const valueOfYear = (indicator: IndicatorDetail, year: number | null) =>
  year === null ? indicator.latest : (indicator.series.filter((value) => value.year <= year).at(-1) ?? null)

/** The server's answer for a value: the commune target of its next target year, and how the value stands. */
export function targetOf(indicator: IndicatorDetail, value: Value) {
  const check = value.next?.check ?? null
  const target = indicator.targets.find((item) => item.year === value.next?.year && item.scope === 'commune') ?? null
  return { target, check }
}

/** The units of 2024 a 2025 commune was formed from, with the share of a split one: "Xã A; Xã B (phần 40 %)". */
export const formerUnitsText = (detail: UnitDetail, share: string, percent: (value: number) => string) =>
  detail.former
    .filter((unit) => unit.vintage === '2024')
    .map((unit) => `${unit.name}${unit.kind === 'whole' ? '' : ` (${share} ${percent(unit.share * 100)})`}`)
    .join('; ')
