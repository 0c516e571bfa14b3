import type { Indicator } from './api'

// The years on one axis (issue 12): the plan's whole period, 2021–2030, with the years that have
// values for the chosen indicator, the years the plan sets a target for, and the runs of years
// without values (2027–2030 today), which the slider says and never shows as an empty map. Pure.

export const axisFirstYear = 2021
export const axisLastYear = 2030

type Target = Indicator['targets'][number]
export type AxisYear = { year: number; hasValues: boolean; targets: Target[] }
/** A run of consecutive years without values, e.g. 2027–2030. */
export type YearRun = { from: number; to: number }
export type TimeAxis = {
  first: number
  last: number
  years: AxisYear[]
  /** The years with values, ascending: the only ones the slider stops at and play shows. */
  withValues: number[]
  withoutValues: YearRun[]
}

/** A run in words: "2025", or "2027–2030". */
export const yearSpan = (run: YearRun) => (run.from === run.to ? String(run.from) : `${run.from}–${run.to}`)

/** The first to the last of some ascending years, "2021–2026"; empty for none. */
export const yearsSpan = (years: number[]) =>
  years.length === 0 ? '' : yearSpan({ from: years[0]!, to: years.at(-1)! })

/** The runs of consecutive years in an ascending list: [2022, 2027, 2028] → 2022, 2027–2028. */
export function yearRuns(years: number[]): YearRun[] {
  const runs: YearRun[] = []
  for (const year of years) {
    const last = runs.at(-1)
    if (last && last.to === year - 1) last.to = year
    else runs.push({ from: year, to: year })
  }
  return runs
}

/**
 * The axis of an indicator: every year from `first` to `last` (widened to any year with values or a
 * target outside it), each with whether values exist and the plan's targets of that year.
 */
export function timeAxis(
  indicator: Pick<Indicator, 'years' | 'targets'>,
  first = axisFirstYear,
  last = axisLastYear,
): TimeAxis {
  const start = Math.min(first, ...indicator.years)
  const end = Math.max(last, ...indicator.years, ...indicator.targets.map((target) => target.year))
  const years = Array.from({ length: end - start + 1 }, (_, index) => start + index).map((year) => ({
    year,
    hasValues: indicator.years.includes(year),
    targets: indicator.targets.filter((target) => target.year === year),
  }))
  return {
    first: start,
    last: end,
    years,
    withValues: years.filter((item) => item.hasValues).map((item) => item.year),
    withoutValues: yearRuns(years.filter((item) => !item.hasValues).map((item) => item.year)),
  }
}

/** Where a year sits along the axis, from 0 (first) to 1 (last). */
export const axisFraction = (axis: Pick<TimeAxis, 'first' | 'last'>, year: number) =>
  axis.last === axis.first ? 0 : (year - axis.first) / (axis.last - axis.first)

/** One step to the next (or previous) year with values; at either end the year stays. */
export function stepYear(axis: TimeAxis, year: number, direction: 1 | -1): number {
  const next =
    direction === 1 ? axis.withValues.find((item) => item > year) : axis.withValues.findLast((item) => item < year)
  return next ?? year
}

/** The year with values nearest a point along the axis (0–1): where a click or a drag lands. */
export function nearestYearWithValues(axis: TimeAxis, fraction: number): number | null {
  const wanted = axis.first + Math.min(1, Math.max(0, fraction)) * (axis.last - axis.first)
  return axis.withValues.reduce<number | null>(
    (best, year) => (best === null || Math.abs(year - wanted) < Math.abs(best - wanted) ? year : best),
    null,
  )
}

/** Where play starts: from the year shown, or from the first year when the last is shown. */
export function playStart(axis: TimeAxis, year: number): number {
  return year >= (axis.withValues.at(-1) ?? year) ? (axis.withValues[0] ?? year) : year
}

/** The year play shows next, or null at the last year with values (play stops there). */
export function nextPlayYear(axis: TimeAxis, year: number): number | null {
  return axis.withValues.find((item) => item > year) ?? null
}

/** What a key does on the slider: arrows step (left/down back, right/up on), Home and End go to the ends, Space plays or pauses. */
export function sliderKey(axis: TimeAxis, year: number, key: string): number | 'play' | null {
  if (key === ' ') return 'play'
  if (key === 'ArrowLeft' || key === 'ArrowDown') return stepYear(axis, year, -1)
  if (key === 'ArrowRight' || key === 'ArrowUp') return stepYear(axis, year, 1)
  if (key === 'Home') return axis.withValues[0] ?? year
  if (key === 'End') return axis.withValues.at(-1) ?? year
  return null
}
