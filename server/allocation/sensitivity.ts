import { type Allocation, type AllocationParameters, allocate } from './allocate'
import { type Coefficients, communeClasses, type OptionalCriterion } from './criteria'
import type { CommuneInputs } from './inputs'

// What changes when a coefficient changes (issue 11 §2): each coefficient and weight in use raised
// by a tenth (by 1 point from 0), the rest as they are, and the money that moves as a result.

export type Nudge = {
  /** A coefficient (regionIII … village) or an optional criterion. */
  parameter: keyof Coefficients | OptionalCriterion
  from: number
  to: number
  /** Million VND that change hands: the sum of the gains (equal to the sum of the losses). */
  moved: number
  gains: { code: string; name: string; change: number } | null
  loses: { code: string; name: string; change: number } | null
}

const raised = (value: number) => (value === 0 ? 1 : Math.round(value * 1.1 * 100) / 100)

/** The nudges of every coefficient some commune's score uses, and of every weighted criterion. */
export function sensitivity(communes: CommuneInputs[], parameters: AllocationParameters, base: Allocation): Nudge[] {
  const amounts = new Map(base.items.map((item) => [item.code, item.amount]))
  const classesInUse = new Set(base.items.map((item) => item.class))
  const candidates: { parameter: Nudge['parameter']; from: number; apply: (to: number) => AllocationParameters }[] = [
    ...communeClasses
      .filter((name) => classesInUse.has(name))
      .map((name) => ({
        parameter: name,
        from: parameters.coefficients[name],
        apply: (to: number) => ({ ...parameters, coefficients: { ...parameters.coefficients, [name]: to } }),
      })),
    {
      parameter: 'village',
      from: parameters.coefficients.village,
      apply: (to: number) => ({ ...parameters, coefficients: { ...parameters.coefficients, village: to } }),
    },
    ...parameters.criteria
      .filter((criterion) => criterion.weight > 0)
      .map((criterion) => ({
        parameter: criterion.code,
        from: criterion.weight,
        apply: (to: number) => ({
          ...parameters,
          criteria: parameters.criteria.map((item) => (item.code === criterion.code ? { ...item, weight: to } : item)),
        }),
      })),
  ]
  return candidates.flatMap((candidate): Nudge[] => {
    const to = raised(candidate.from)
    const next = allocate(communes, candidate.apply(to))
    if ('problem' in next) return []
    const changes = next.items.map((item) => ({
      code: item.code,
      name: item.name,
      change: item.amount - (amounts.get(item.code) ?? 0),
    }))
    const sorted = [...changes].sort((a, b) => b.change - a.change || a.code.localeCompare(b.code))
    const first = sorted[0]!
    const last = sorted.at(-1)!
    return [
      {
        parameter: candidate.parameter,
        from: candidate.from,
        to,
        moved: changes.reduce((sum, item) => sum + Math.max(0, item.change), 0),
        gains: first.change > 0 ? first : null,
        loses: last.change < 0 ? last : null,
      },
    ]
  })
}
