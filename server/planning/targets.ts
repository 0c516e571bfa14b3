// How the province stands against a target of the plan (NQ 58-NQ/TU, section II): the value to
// reach, whether it is reached, and whether the trend since 2021 reaches it in time.

export type Operator = '>=' | '>' | '<=' | '<' | '='
export type Goal = { operator: Operator; threshold: number }
export type TargetStatus = 'met' | 'on-track' | 'off-track' | 'no-data'
export type PlanTarget = { operator: Operator | 'reduce_pp_per_year'; value: number; targetYear: number; scope: string }

const rounded = (value: number) => Math.round(value * 100) / 100
const baselineYear = 2021

/**
 * The province value to reach for a target, in the province figure's own terms:
 * - "reduce by N points a year" (poverty, II.2.1): the 2021 province value less N a year, not below 0;
 * - a status target (< 3, i.e. no commune in region III, II.2.2): 0 communes in region III;
 * - a yes/no target for every commune (= 1): 100 % of the communes;
 * - anything else: the target itself (province totals, shares of communes, rates).
 */
export function provinceGoal(target: PlanTarget, valueType: string, baseline: number | null): Goal | null {
  if (target.operator === 'reduce_pp_per_year') {
    if (baseline === null) return null
    return {
      operator: '<=',
      threshold: rounded(Math.max(0, baseline - target.value * (target.targetYear - baselineYear))),
    }
  }
  if (valueType === 'category') return { operator: '<=', threshold: 0 }
  if (valueType === 'flag' && target.scope === 'commune') return { operator: '>=', threshold: 100 }
  return { operator: target.operator, threshold: target.value }
}

export function meets(goal: Goal, value: number): boolean {
  switch (goal.operator) {
    case '>=':
      return value >= goal.threshold
    case '>':
      return value > goal.threshold
    case '<=':
      return value <= goal.threshold
    case '<':
      return value < goal.threshold
    case '=':
      return value === goal.threshold
  }
}

/**
 * met: the current value meets the goal; on-track: the straight line from the first value of the
 * series (2021 when there is one) through the latest reaches it by the target year; off-track
 * otherwise (also with a single value: no trend to follow); no-data without a value or a goal.
 */
export function targetStatus(
  goal: Goal | null,
  series: { year: number; value: number }[],
  targetYear: number,
): TargetStatus {
  const first = series[0]
  const latest = series.at(-1)
  if (!goal || !first || !latest) return 'no-data'
  if (meets(goal, latest.value)) return 'met'
  if (latest.year === first.year) return 'off-track'
  const slope = (latest.value - first.value) / (latest.year - first.year)
  return meets(goal, first.value + slope * (targetYear - first.year)) ? 'on-track' : 'off-track'
}

/** How many communes meet the commune target of `targetYear`, among those whose value can be compared with it. */
export function communesMeeting(rows: { targets: { year: number; met: boolean | null }[] }[], targetYear: number) {
  const checks = rows.flatMap((row) => row.targets.filter((check) => check.year === targetYear))
  return { met: checks.filter((check) => check.met === true).length, total: checks.length }
}
