import type { Provenance, UnitValue } from '../sql/indicator-values'
import { weakestProvenance } from './provenance'

// The province figure of an indicator in one year, for the plan's scoreboard: an official figure
// stored on the province wins; otherwise it is computed from the communes by the indicator's rule.

export type ProvinceValue = {
  year: number
  value: number
  provenance: Provenance | null
  /** official: stored on the province as an official figure; stored: the only figure there is
   * (province-only indicators such as income, whatever its provenance); computed: from the communes. */
  method: 'official' | 'stored' | 'computed'
  source: string | null
}
export type ProvinceIndicator = { code: string; valueType: string; measuredAt: string; carryRule: string }
export type StoredValue = {
  indicator: string
  year: number
  valueNumber: number | null
  provenance: Provenance
  source: string
}
/** Per year, how many units of the 2021 list were in region III, assessed, and had yes (flag and status indicators). */
export type FormerListTotal = {
  indicator: string
  year: number
  units: number
  regionIii: number
  assessed: number
  yes: number
  provenances: Provenance[]
}
export type CommuneSize = { population: number | null; areaKm2: number | null }

const rounded = (value: number) => Math.round(value * 100) / 100
const total = (list: number[]) => list.reduce((sum, item) => sum + item, 0)

/** Σ value × weight / Σ weight over the rows that have both. */
function weightedMean(rows: UnitValue[], weightOf: (row: UnitValue) => number | null): number | null {
  const pairs = rows.flatMap((row) => {
    const weight = weightOf(row)
    return row.valueNumber !== null && weight !== null && weight > 0 ? [[row.valueNumber, weight] as const] : []
  })
  const weightSum = total(pairs.map(([, weight]) => weight))
  return weightSum > 0 ? total(pairs.map(([value, weight]) => value * weight)) / weightSum : null
}

/** From the 65 communes' values of one year, by the rule; null when no commune has a value. */
export function fromCommunes(
  indicator: ProvinceIndicator,
  rows: UnitValue[],
  sizes: Map<string, CommuneSize>,
): { value: number; how: string; rows: UnitValue[] } | null {
  const flags = rows.filter((row) => row.valueFlag !== null)
  const statuses = rows.filter((row) => row.valueCategory !== null)
  const numbers = rows.filter((row) => row.valueNumber !== null)
  // Statuses and yes/no count communes; a carried share of former units (pre-merger years) is no status.
  if (indicator.valueType === 'category' && statuses.length > 0) {
    const value = statuses.filter((row) => row.valueCategory === 'III').length
    return { value, how: 'number of communes in region III', rows: statuses }
  }
  if (indicator.valueType === 'flag' && flags.length > 0) {
    const value = (100 * flags.filter((row) => row.valueFlag).length) / flags.length
    return { value: rounded(value), how: 'share of the communes assessed with yes (%)', rows: flags }
  }
  if (indicator.valueType !== 'number' || numbers.length === 0) return null
  const rule = indicator.carryRule
  let value: number | null
  let how: string
  if (rule === 'population_mean') {
    value = weightedMean(numbers, (row) => sizes.get(row.code)?.population ?? null)
    how = 'mean of the communes weighted by their 2025 population'
  } else if (rule === 'area_mean') {
    value = weightedMean(numbers, (row) => sizes.get(row.code)?.areaKm2 ?? null)
    how = 'mean of the communes weighted by their area'
  } else if (rule === 'village_share' && numbers.every((row) => row.villages !== null)) {
    value = (100 * total(numbers.map((row) => row.flagged ?? 0))) / total(numbers.map((row) => row.villages ?? 0))
    how = 'share of all mapped villages with the flag (%)'
  } else if (rule === 'sum' || rule === 'village_count') {
    value = total(numbers.map((row) => row.valueNumber!))
    how = 'sum over the communes'
  } else {
    value = total(numbers.map((row) => row.valueNumber!)) / numbers.length
    how = 'mean of the communes'
  }
  return value === null ? null : { value: rounded(value), how, rows: numbers }
}

/** From the 2021 list (before the merger a commune's status or yes/no was its own, not a share). */
function fromFormerList(indicator: ProvinceIndicator, list: FormerListTotal) {
  if (indicator.valueType === 'category')
    return { value: list.regionIii, how: `number of the ${list.units} communes of the 2021 list in region III` }
  if (list.assessed === 0) return null
  const how = `share of the ${list.assessed} communes of the 2021 list assessed with yes (%)`
  return { value: rounded((100 * list.yes) / list.assessed), how }
}

/** The province figure of one indicator in each year that has one. */
export function provinceSeries(
  indicator: ProvinceIndicator,
  years: number[],
  inputs: {
    stored: StoredValue[]
    communeRows: UnitValue[]
    formerList: FormerListTotal[]
    sizes: Map<string, CommuneSize>
  },
): ProvinceValue[] {
  return years.flatMap((year): ProvinceValue[] => {
    const stored = inputs.stored.find((row) => row.indicator === indicator.code && row.year === year)
    if (stored?.valueNumber != null && (stored.provenance === 'official' || indicator.measuredAt === 'province')) {
      const method = stored.provenance === 'official' ? 'official' : 'stored'
      return [{ year, value: stored.valueNumber, provenance: stored.provenance, method, source: stored.source }]
    }
    const rows = inputs.communeRows.filter((row) => row.indicator === indicator.code && row.year === year)
    const communes = fromCommunes(indicator, rows, inputs.sizes)
    if (communes) {
      const source = `Computed from ${communes.rows.length} of the 65 communes: ${communes.how}`
      const provenance = weakestProvenance(communes.rows.map((row) => row.provenance))
      return [{ year, value: communes.value, provenance, method: 'computed', source }]
    }
    const list = inputs.formerList.find((row) => row.indicator === indicator.code && row.year === year)
    const former = list ? fromFormerList(indicator, list) : null
    if (!list || !former) return []
    const provenance = weakestProvenance(list.provenances)
    return [{ year, value: former.value, provenance, method: 'computed', source: `Computed: ${former.how}` }]
  })
}
