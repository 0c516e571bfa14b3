// How a value stands against a target of the plan (NQ 58-NQ/TU, section II), for one commune: the
// value it must reach, whether it does, how far it is, and whether it is near. The one home of these
// rules: the map, the commune panel, the table, the exports and the scoreboard all carry this answer.

export type Operator = '>=' | '>' | '<=' | '<' | '='
export type TargetOperator = Operator | 'reduce_pp_per_year'
export type PlanTarget = { year: number; operator: TargetOperator; value: number; scope: 'commune' | 'province' }
/** met; near: not met, within the near margin of the threshold; below: further. */
export type Standing = 'met' | 'near' | 'below'
export type TargetCheck = {
  year: number
  threshold: number
  gap: number
  met: boolean
  standing: Standing
  /** How close to the threshold counts as near, in the value's unit. */
  margin: number
  /** The unit's own 2021 value, for a target counted from it ("reduce by N points a year"); else null. */
  baseline: number | null
}

/** Targets "reduce by N points a year" count from this year's value (plan II.2.1: from 2021). */
export const baselineYear = 2021

export const rounded = (value: number) => Math.round(value * 100) / 100

/** Statuses compare by rank (region III is 3; "< 3" means no longer in region III); yes/no as 1/0. */
export const statusRank: Readonly<Record<string, number>> = { none: 0, I: 1, II: 2, III: 3 }

export function comparable(value: {
  valueNumber: number | null
  valueCategory: string | null
  valueFlag: boolean | null
}): number | null {
  if (value.valueNumber !== null) return value.valueNumber
  if (value.valueCategory !== null) return statusRank[value.valueCategory] ?? null
  return value.valueFlag === null ? null : Number(value.valueFlag)
}

export function meets(operator: TargetOperator, threshold: number, value: number): boolean {
  switch (operator) {
    case '>=':
      return value >= threshold
    case '>':
      return value > threshold
    case '<=':
    case 'reduce_pp_per_year':
      return value <= threshold
    case '<':
      return value < threshold
    case '=':
      return value === threshold
  }
}

/**
 * The value one unit must reach: the target itself, or for "reduce by N percentage points a year"
 * (poverty, II.2.1) its own 2021 value less N for every year since 2021, but not below 0; null when
 * that 2021 value is unknown.
 */
export function threshold(target: Omit<PlanTarget, 'scope'>, baseline: number | null): number | null {
  if (target.operator !== 'reduce_pp_per_year') return target.value
  if (baseline === null) return null
  return rounded(Math.max(0, baseline - target.value * (target.year - baselineYear)))
}

/**
 * How close to a threshold counts as "near" — a portal choice, not the plan's: 10 percentage points
 * for shares; 20 % of the threshold, at least 1, for counts and amounts (a target of 0 temporary
 * houses makes 1 house near); 0 for yes/no and statuses, which cannot be nearly met.
 */
export function nearMargin(unit: string, threshold: number): number {
  if (unit === 'percent') return 10
  if (unit === 'flag' || unit === 'status') return 0
  return Math.max(1, Math.abs(threshold) * 0.2)
}

/** One value against one target; null when the value or the threshold is unknown. */
export function checkTarget(
  target: Omit<PlanTarget, 'scope'>,
  value: number | null,
  baseline: number | null,
  unit: string,
): TargetCheck | null {
  const limit = threshold(target, baseline)
  if (value === null || limit === null) return null
  const gap = rounded(value - limit)
  const met = meets(target.operator, limit, value)
  const margin = nearMargin(unit, limit)
  const standing = met ? 'met' : Math.abs(gap) <= margin ? 'near' : 'below'
  const own = target.operator === 'reduce_pp_per_year' ? baseline : null
  return { year: target.year, threshold: limit, gap, met, standing, margin, baseline: own }
}

/** The commune target a value of `year` is measured against: the plan's next one (2025, else 2030). */
export function nextTarget<T extends PlanTarget>(targets: T[], year: number): T | null {
  const commune = targets.filter((target) => target.scope === 'commune')
  return commune.find((target) => target.year >= year) ?? commune.at(-1) ?? null
}

/** How many communes meet the commune target of `targetYear`, among those whose value can be compared with it. */
export function communesMeeting(rows: { targets: { year: number; met: boolean }[] }[], targetYear: number) {
  const checks = rows.flatMap((row) => row.targets.filter((check) => check.year === targetYear))
  return { met: checks.filter((check) => check.met).length, total: checks.length }
}
