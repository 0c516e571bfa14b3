import { formatValue, type Language } from './format'

export type TargetSpec = { operator: string; value: number; year: number }

const symbols: Record<string, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' }

/**
 * A target in words a reader understands at a glance, from its parsed form: "≥ 80 %", "có" for a
 * yes/no target, "not region III" for the status target, "−3 points a year from 2021" for poverty.
 * The plan's own wording stays available (the clause text) for the detail.
 */
export function targetPhrase(target: TargetSpec, unit: string, language: Language): string {
  const vi = language === 'vi'
  if (target.operator === 'reduce_pp_per_year') {
    return vi
      ? `giảm ≥ ${formatValue(target.value, 'count', language)} điểm %/năm so với 2021`
      : `down ≥ ${target.value} points a year from 2021`
  }
  if (unit === 'flag') return vi ? 'có (100 % số xã)' : 'yes (every commune)'
  if (unit === 'status') return vi ? 'không còn ở khu vực III' : 'no longer in region III'
  return `${symbols[target.operator] ?? target.operator} ${formatValue(target.value, unit, language)}`
}
