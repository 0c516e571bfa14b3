import { expect, test } from 'vitest'
import { targetPhrase } from '../../web/target-text'

test.each([
  [{ operator: '>=', value: 80, year: 2025 }, 'percent', 'vi', '≥ 80\u00a0%'],
  [{ operator: '<', value: 15, year: 2025 }, 'percent', 'en', '< 15%'],
  [{ operator: '=', value: 1, year: 2025 }, 'flag', 'vi', 'có (100 % số xã)'],
  [{ operator: '<', value: 3, year: 2030 }, 'status', 'en', 'no longer in region III'],
  [{ operator: 'reduce_pp_per_year', value: 3, year: 2025 }, 'percent', 'en', 'down ≥ 3 points a year from 2021'],
] as const)('%j in %s (%s) reads "%s"', (target, unit, language, phrase) => {
  expect(targetPhrase(target, unit, language)).toBe(phrase)
})
