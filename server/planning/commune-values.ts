import type { Method, Provenance, UnitValue } from '../sql/indicator-values'
import { type CarryPart, carry, complete, isCarryRule } from './carry'
import { weakestProvenance } from './provenance'
import { thresholdWords } from './target-words'
import { baselineYear, checkTarget, comparable, type PlanTarget } from './targets'

// From the cells sql/indicator-values.ts reads (a commune × indicator × year with what is stored,
// counted from villages or inherited, and the former units' values) to the answer every screen
// shows: the value by the carry rule, its provenance, and how it stands against each commune target.

export type FormerPart = CarryPart & { code: string; provenance: Provenance | null; source: string | null }
export type ValueCell = Omit<UnitValue, 'provenance' | 'targets'> & {
  carryRule: string
  provenances: (Provenance | null)[] | null
  parts: FormerPart[] | null
}
export type IndicatorTargets = {
  indicator: string
  unit: string
  valueType: string
  targets: PlanTarget[]
}

/** A cell without a value of its own takes the value carried from its former units, when all have one. */
function resolve(cell: ValueCell): Omit<UnitValue, 'targets'> {
  const { carryRule, provenances, parts, ...value } = cell
  if (value.method !== null || !parts || !isCarryRule(carryRule) || !complete(carryRule, parts))
    return { ...value, provenance: weakestProvenance(provenances ?? []) }
  const sources = new Set(parts.flatMap((part) => (part.source === null ? [] : [part.source])))
  return {
    ...value,
    valueNumber: carry(carryRule, parts),
    provenance: weakestProvenance(parts.map((part) => part.provenance)),
    source: sources.size === 1 ? [...sources][0]! : 'several sources',
    method: 'crosswalk' satisfies Method,
    fromCodes: parts.map((part) => part.code),
  }
}

/**
 * Every cell resolved and compared with its indicator's commune targets, for the years asked. A
 * yes/no or status carried from former units is a share of them, not comparable with a per-commune
 * yes/no or status target.
 */
export function communeValues(cells: ValueCell[], indicators: IndicatorTargets[], years: number[]): UnitValue[] {
  const values = cells.map(resolve)
  const baselines = new Map(
    values.filter((row) => row.year === baselineYear).map((row) => [`${row.indicator}:${row.code}`, row.valueNumber]),
  )
  const byCode = new Map(indicators.map((item) => [item.indicator, item]))
  return values
    .filter((row) => years.includes(row.year))
    .map((row) => {
      const indicator = byCode.get(row.indicator)
      const carriedShare = row.method === 'crosswalk' && indicator?.valueType !== 'number'
      const baseline = baselines.get(`${row.indicator}:${row.code}`) ?? null
      const targets =
        !indicator || carriedShare
          ? []
          : indicator.targets.flatMap((target) => {
              const check = checkTarget(target, comparable(row), baseline, indicator.unit)
              return check ? [{ ...check, words: thresholdWords(target, check, indicator.unit) }] : []
            })
      return { ...row, targets }
    })
}
