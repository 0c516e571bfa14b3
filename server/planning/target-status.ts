import { meets, type Operator, type PlanTarget, rounded, threshold } from './targets'

// How the province stands against a target of the plan: the value to reach in the province
// figure's own terms, and whether the trend since 2021 reaches it in time.

export type Goal = { operator: Operator; threshold: number }
export type TargetStatus = 'met' | 'on-track' | 'off-track' | 'no-data'
export type Point = { year: number; value: number }
/**
 * The status, and what it was decided on: the first and the latest figure, and where the line
 * through them stands in the target year (null when the latest figure decides, or with one figure).
 */
export type StatusAnswer = {
  status: TargetStatus
  first: Point | null
  latest: Point | null
  projected: Point | null
}

/**
 * The province value to reach for a target:
 * - "reduce by N points a year" (poverty, II.2.1): the 2021 province value less N a year, not below 0;
 * - a status target (< 3, i.e. no commune in region III, II.2.2): 0 communes in region III;
 * - a yes/no target for every commune (= 1): 100 % of the communes;
 * - anything else: the target itself (province totals, shares of communes, rates).
 */
export function provinceGoal(target: PlanTarget, valueType: string, baseline: number | null): Goal | null {
  if (target.operator === 'reduce_pp_per_year') {
    const value = threshold(target, baseline)
    return value === null ? null : { operator: '<=', threshold: value }
  }
  if (valueType === 'category') return { operator: '<=', threshold: 0 }
  if (valueType === 'flag' && target.scope === 'commune') return { operator: '>=', threshold: 100 }
  return { operator: target.operator, threshold: target.value }
}

/**
 * met: the latest value meets the goal; on-track: the straight line from the first value of the
 * series (2021 when there is one) through the latest, extended to the target year, meets it;
 * off-track otherwise (also with a single value: no trend to follow); no-data without a value or
 * a goal. Values are compared as the server gives them (two decimals), so the status agrees with
 * the figure shown.
 */
export function targetStatus(goal: Goal | null, series: Point[], targetYear: number): StatusAnswer {
  const first = series[0]
  const latest = series.at(-1)
  const known = { first: first ?? null, latest: latest ?? null, projected: null }
  if (!goal || !first || !latest) return { status: 'no-data', ...known }
  if (meets(goal.operator, goal.threshold, rounded(latest.value))) return { status: 'met', ...known }
  if (latest.year === first.year) return { status: 'off-track', ...known }
  const slope = (latest.value - first.value) / (latest.year - first.year)
  const projected = { year: targetYear, value: rounded(first.value + slope * (targetYear - first.year)) }
  const status = meets(goal.operator, goal.threshold, projected.value) ? 'on-track' : 'off-track'
  return { status, first, latest, projected }
}
