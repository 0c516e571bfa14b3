import { describe, expect, test } from 'vitest'
import { provinceGoal, targetStatus } from '../../../server/planning/target-status'
import { statusWords } from '../../../server/planning/target-words'
import type { PlanTarget } from '../../../server/planning/targets'

const target = (operator: string, value: number, year: number, scope = 'commune') =>
  ({ operator, value, year, scope }) as PlanTarget

describe('provinceGoal', () => {
  test('"reduce by 3 points a year" counts from the 2021 province value (12.2 %), not below 0', () => {
    expect(provinceGoal(target('reduce_pp_per_year', 3, 2025), 'number', 12.2)).toEqual({
      operator: '<=',
      threshold: 0.2,
    })
    expect(provinceGoal(target('reduce_pp_per_year', 3, 2030), 'number', 12.2)).toEqual({
      operator: '<=',
      threshold: 0,
    })
    expect(provinceGoal(target('reduce_pp_per_year', 3, 2025), 'number', null)).toBeNull()
  })

  test('a status target means no commune left in region III; a yes/no for every commune 100 % of them', () => {
    expect(provinceGoal(target('<', 3, 2030), 'category', null)).toEqual({ operator: '<=', threshold: 0 })
    expect(provinceGoal(target('=', 1, 2025), 'flag', null)).toEqual({ operator: '>=', threshold: 100 })
    expect(provinceGoal(target('>=', 95, 2025, 'province'), 'flag', null)).toEqual({ operator: '>=', threshold: 95 })
  })

  test('a province total is the target itself (300 standard schools)', () => {
    expect(provinceGoal(target('>=', 300, 2025, 'province'), 'number', null)).toEqual({
      operator: '>=',
      threshold: 300,
    })
  })
})

describe('targetStatus: the trend from the first to the latest figure, extended to the target year', () => {
  const goal = { operator: '>=' as const, threshold: 80 }
  test('met when the latest value meets the goal', () => {
    const series = [
      { year: 2021, value: 60 },
      { year: 2024, value: 81 },
    ]
    expect(targetStatus(goal, series, 2025).status).toBe('met')
  })

  test('on track when the line reaches the goal by the target year, with the point it reaches', () => {
    const series = [
      { year: 2021, value: 60 },
      { year: 2022, value: 70 },
      { year: 2024, value: 75 },
    ]
    expect(targetStatus(goal, series, 2025)).toEqual({
      status: 'on-track',
      first: series[0],
      latest: series[2],
      projected: { year: 2025, value: 80 },
    })
  })

  test('off track when it does not, or with one value only', () => {
    const slow = [
      { year: 2021, value: 60 },
      { year: 2024, value: 63 },
    ]
    expect(targetStatus(goal, slow, 2025).status).toBe('off-track')
    expect(targetStatus(goal, [{ year: 2024, value: 63 }], 2030)).toMatchObject({
      status: 'off-track',
      projected: null,
    })
  })

  test('the same poverty figures are off track for 2025 and on track for 2030, and the words say why', () => {
    // 12.2 % in 2021, 3.36 % in 2024: −2.95 points a year reaches 0 by 2030 but only 0.41 % by 2025.
    const series = [
      { year: 2021, value: 12.2 },
      { year: 2024, value: 3.36 },
    ]
    const for2025 = targetStatus({ operator: '<=', threshold: 0.2 }, series, 2025)
    const for2030 = targetStatus({ operator: '<=', threshold: 0 }, series, 2030)
    expect([for2025.status, for2030.status]).toEqual(['off-track', 'on-track'])
    expect(statusWords(for2025, { operator: '<=', threshold: 0.2 }, 'percent').vi).toBe(
      'Xu hướng từ 2021: 12,2\u00a0% đến 2024: 3,36\u00a0%, kéo dài đến năm 2025: 0,41\u00a0%; chưa đạt ≤ 0,2\u00a0%.',
    )
  })

  test('the status agrees with the figure at the precision shown (two decimals)', () => {
    const series = [
      { year: 2021, value: 50 },
      { year: 2024, value: 59.996 },
    ]
    expect(targetStatus({ operator: '>=', threshold: 60 }, series, 2025).status).toBe('met')
  })

  test('no data without values or without a goal', () => {
    expect(targetStatus(goal, [], 2025).status).toBe('no-data')
    expect(targetStatus(null, [{ year: 2021, value: 1 }], 2025).status).toBe('no-data')
  })
})
