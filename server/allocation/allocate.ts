import type { Message } from '../message'
import { weakestProvenance } from '../planning/provenance'
import { communeClass } from './commune-class'
import type { Coefficients, CommuneClass, Criterion, OptionalCriterion } from './criteria'
import type { CommuneInputs, Input, InputProvenance } from './inputs'
import { largestRemainder } from './largest-remainder'
import { optionalTerms } from './optional-terms'

// The allocation rule (issue 11 §2), the one home of it: score = the class coefficient (highest
// applicable) + the village coefficient × especially difficult villages + the optional criteria's
// points; amount = total × score ÷ sum of scores in whole millions by the largest remainder.

export type AllocationParameters = { total: number; coefficients: Coefficients; criteria: Criterion[] }

/** Scores are kept to four decimals (1/10,000 of a point): what is shown is exactly what divides. */
export const scoreScale = 10_000

type Used = { provenance: InputProvenance | null; source: string | null; overridden: boolean }

export type AllocationItem = {
  code: string
  name: string
  class: CommuneClass
  coefficient: number
  region: Input<CommuneInputs['region']['value']>['value']
  safeZone: boolean
  border: boolean
  villages: number
  /** Points from each weighted optional criterion, and the value they came from. */
  terms: Partial<Record<OptionalCriterion, { value: number; points: number }>>
  score: number
  /** score ÷ sum of scores: the fraction before rounding to whole millions. */
  share: number
  /** Whole million VND. */
  amount: number
  /** Every input the score used, with its provenance and source. */
  inputs: Record<string, Used>
  provenance: InputProvenance | null
  sample: boolean
}

export type Allocation = { items: AllocationItem[]; scoreSum: number; eligible: number }

const used = (input: Input<unknown>): Used => ({
  provenance: input.provenance,
  source: input.source,
  overridden: input.provenance === 'override',
})

/** The weakest provenance of the inputs: an override is the planner's word, like an imported figure. */
const weakest = (inputs: Used[]): InputProvenance | null => {
  const list = inputs.map((input) => input.provenance)
  if (list.includes('sample')) return 'sample'
  const portal = weakestProvenance(list.map((item) => (item === 'override' || item === 'computed' ? null : item)))
  return portal ?? (list.includes('override') ? 'override' : list.includes('computed') ? 'computed' : null)
}

/** Each commune's score in whole units of 1/10,000 point, and what it is made of. */
function scored(communes: CommuneInputs[], parameters: AllocationParameters) {
  const terms = optionalTerms(communes, parameters.criteria)
  if ('problem' in terms) return terms
  const { coefficients } = parameters
  return {
    communes: communes.map((commune) => {
      const facts = {
        region: commune.region.value,
        safeZone: commune.safeZone.value ?? false,
        border: commune.border.value ?? false,
      }
      const chosen = communeClass(facts, coefficients)
      const villages = commune.villages.value ?? 0
      const points = terms.terms.get(commune.code)!
      const extra = Object.values(points).reduce((sum, value) => sum + value, 0)
      const units = BigInt(Math.round((chosen.coefficient + coefficients.village * villages + extra) * scoreScale))
      return { commune, facts, chosen, villages, points, units }
    }),
  }
}

const nothingEligible: Message = {
  vi: 'Với các hệ số và trọng số này không xã nào có điểm lớn hơn 0: không có xã nào được phân bổ. Hãy đặt ít nhất một hệ số lớn hơn 0.',
  en: 'With these coefficients and weights no commune scores above 0: nothing can be allocated. Set at least one coefficient above 0.',
}

/** The allocation of the total among the communes, or why it cannot be made. */
export function allocate(
  communes: CommuneInputs[],
  parameters: AllocationParameters,
): Allocation | { problem: Message } {
  const result = scored(communes, parameters)
  if ('problem' in result) return result
  const amounts = largestRemainder(
    parameters.total,
    result.communes.map((item) => ({ code: item.commune.code, units: item.units })),
  )
  if (!amounts) return { problem: nothingEligible }
  const sumUnits = result.communes.reduce((sum, item) => sum + item.units, 0n)
  const items = result.communes.map((item, index): AllocationItem => {
    const { commune, chosen, points } = item
    const inputs: Record<string, Used> = {
      region: used(commune.region),
      safeZone: used(commune.safeZone),
      border: used(commune.border),
    }
    if (parameters.coefficients.village !== 0) inputs.villages = used(commune.villages)
    const terms: AllocationItem['terms'] = {}
    for (const [code, value] of Object.entries(points) as [OptionalCriterion, number][]) {
      inputs[code] = used(commune[code])
      terms[code] = { value: commune[code].value!, points: Math.round(value * scoreScale) / scoreScale }
    }
    const provenance = weakest(Object.values(inputs))
    return {
      code: commune.code,
      name: commune.name,
      class: chosen.class,
      coefficient: chosen.coefficient,
      region: commune.region.value,
      safeZone: item.facts.safeZone,
      border: item.facts.border,
      villages: item.villages,
      terms,
      score: Number(item.units) / scoreScale,
      share: Math.round((Number(item.units) / Number(sumUnits)) * 1e6) / 1e6,
      amount: amounts[index]!,
      inputs,
      provenance,
      sample: Object.values(inputs).some((input) => input.provenance === 'sample'),
    }
  })
  return {
    items,
    scoreSum: Number(sumUnits) / scoreScale,
    eligible: items.filter((item) => item.score > 0).length,
  }
}
