import type { ValueInput } from '../sql/indicator-load'
import { countTotals, flagShares, levelOf, percentLevels, type SampleYear } from './province-levels'
import { normal, rankScores } from './random'

export type SampleUnit = {
  id: number
  code: string
  urban: boolean
  population: number
  areaKm2: number
  /** 0 = least remote, 1 = most remote (see remoteness.ts). */
  remoteness: number
}

export type SampleValue = Omit<ValueInput, 'provenance' | 'source'>
/** What the catalogue says of an indicator: which way is better, and how its values add up (carry_rule). */
export type CatalogueRules = { better: 'higher' | 'lower'; carryRule: string }

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits

/**
 * A percentage for every unit and year whose weighted mean is the province level of that year
 * (or the official province figure given in `anchors`). The deficit (100 − value, or the value
 * itself when lower is better) is spread over the units by remoteness, with a lasting unit-specific
 * part and a small yearly part.
 */
export function percentValues(
  indicator: string,
  rules: CatalogueRules,
  units: SampleUnit[],
  years: SampleYear[],
  anchors: Map<number, number>,
): SampleValue[] {
  const spec = percentLevels[indicator]
  if (!spec) throw new Error(`no sample levels for ${indicator}`)
  const lowerIsBetter = rules.better === 'lower'
  // The province level is the mean the carry rule takes: by area for forest cover, else by people.
  const weights = units.map((unit) => (rules.carryRule === 'area_mean' ? unit.areaKm2 : unit.population))
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0)
  return years.flatMap((year) => {
    const level = anchors.get(year) ?? levelOf(spec.levels, year)
    const deficit = lowerIsBetter ? level : 100 - level
    const spreads = units.map((unit) =>
      Math.exp(
        spec.spread * (unit.remoteness - 0.5) +
          0.35 * normal(indicator, unit.code) +
          0.08 * normal(indicator, unit.code, year),
      ),
    )
    const mean = spreads.reduce((sum, spread, index) => sum + spread * weights[index]!, 0) / totalWeight
    return units.map((unit, index) => {
      const unitDeficit = Math.min(100, Math.max(0, (deficit * spreads[index]!) / mean))
      return {
        indicator,
        unitId: unit.id,
        year,
        valueNumber: round(lowerIsBetter ? unitDeficit : 100 - unitDeficit, 2),
      }
    })
  })
}

/** Yes for the given share of units each year, central units first, so a yes never turns back to no. */
export function flagValues(indicator: string, units: SampleUnit[], years: SampleYear[]): SampleValue[] {
  const spec = flagShares[indicator]
  if (!spec) throw new Error(`no sample shares for ${indicator}`)
  const eligible = units.filter((unit) => !(spec.ruralOnly && unit.urban))
  const order = rankScores(eligible.map((unit) => unit.remoteness + 0.25 * normal(indicator, unit.code)))
  return years.flatMap((year) => {
    const yes = Math.round(levelOf(spec.shares, year) * eligible.length)
    const threshold = eligible.length > 1 ? (yes - 0.5) / (eligible.length - 1) : yes > 0 ? 1 : -1
    return eligible.map((unit, index) => ({
      indicator,
      unitId: unit.id,
      year,
      valueFlag: order[index]! <= threshold,
    }))
  })
}

/** Shares a whole-number total over the units in proportion to weights (largest remainder). */
export function allocate(total: number, weights: number[]): number[] {
  const sum = weights.reduce((accumulator, weight) => accumulator + weight, 0) || 1
  const exact = weights.map((weight) => (total * weight) / sum)
  const counts = exact.map(Math.floor)
  const left = total - counts.reduce((accumulator, count) => accumulator + count, 0)
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index)
  for (const { index } of byRemainder.slice(0, left)) counts[index]! += 1
  return counts
}

/** Counts whose province total each year is the sample total; `weight` says who gets more. */
export function countValues(
  indicator: string,
  units: SampleUnit[],
  years: SampleYear[],
  weight: (unit: SampleUnit, year: SampleYear) => number,
): SampleValue[] {
  const totals = countTotals[indicator]
  if (!totals) throw new Error(`no sample totals for ${indicator}`)
  return years.flatMap((year) => {
    const counts = allocate(
      levelOf(totals, year),
      units.map((unit) => weight(unit, year)),
    )
    return units.map((unit, index) => ({ indicator, unitId: unit.id, year, valueNumber: counts[index]! }))
  })
}
