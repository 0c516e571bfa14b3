import { describe, expect, test } from 'vitest'
import { communesMeeting, provinceGoal, targetStatus } from '../../../server/planning/targets'

const target = (operator: string, value: number, targetYear: number, scope = 'commune') =>
  ({ operator, value, targetYear, scope }) as Parameters<typeof provinceGoal>[0]

describe('provinceGoal', () => {
  test('"reduce by 3 points a year" counts from the 2021 province value, not below 0', () => {
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

  test('a status target means no commune left in region III', () => {
    expect(provinceGoal(target('<', 3, 2030), 'category', null)).toEqual({ operator: '<=', threshold: 0 })
  })

  test('a yes/no target for every commune means 100 % of the communes; a province share stays as it is', () => {
    expect(provinceGoal(target('=', 1, 2025), 'flag', null)).toEqual({ operator: '>=', threshold: 100 })
    expect(provinceGoal(target('>=', 95, 2025, 'province'), 'flag', null)).toEqual({ operator: '>=', threshold: 95 })
  })

  test('other targets are the target itself', () => {
    expect(provinceGoal(target('>=', 300, 2025, 'province'), 'number', null)).toEqual({
      operator: '>=',
      threshold: 300,
    })
  })
})

describe('targetStatus', () => {
  const goal = { operator: '>=' as const, threshold: 80 }
  test('met when the latest value meets the goal', () => {
    expect(
      targetStatus(
        goal,
        [
          { year: 2021, value: 60 },
          { year: 2024, value: 81 },
        ],
        2025,
      ),
    ).toBe('met')
  })

  test('on-track when the line from the first value through the latest reaches the goal by the target year', () => {
    expect(
      targetStatus(
        goal,
        [
          { year: 2021, value: 60 },
          { year: 2022, value: 70 },
          { year: 2024, value: 75 },
        ],
        2025,
      ),
    ).toBe('on-track')
  })

  test('off-track when it does not, or with one value only', () => {
    expect(
      targetStatus(
        goal,
        [
          { year: 2021, value: 60 },
          { year: 2024, value: 63 },
        ],
        2025,
      ),
    ).toBe('off-track')
    expect(targetStatus(goal, [{ year: 2024, value: 63 }], 2030)).toBe('off-track')
  })

  test('lower-is-better goals follow the line downwards', () => {
    // 12.2 % in 2021, 3.36 % in 2024: −2.95 points a year reaches 0 by 2030 but only 0.41 by 2025.
    const series = [
      { year: 2021, value: 12.2 },
      { year: 2024, value: 3.36 },
    ]
    expect(targetStatus({ operator: '<=', threshold: 0 }, series, 2030)).toBe('on-track')
    expect(targetStatus({ operator: '<=', threshold: 0.2 }, series, 2025)).toBe('off-track')
  })

  test('no-data without values or without a goal', () => {
    expect(targetStatus(goal, [], 2025)).toBe('no-data')
    expect(targetStatus(null, [{ year: 2021, value: 1 }], 2025)).toBe('no-data')
  })
})

test('communesMeeting counts the communes whose value is compared with that target year', () => {
  const rows = [
    {
      targets: [
        { year: 2025, met: true },
        { year: 2030, met: false },
      ],
    },
    { targets: [{ year: 2025, met: false }] },
    { targets: [] },
  ]
  expect(communesMeeting(rows, 2025)).toEqual({ met: 1, total: 2 })
  expect(communesMeeting(rows, 2030)).toEqual({ met: 0, total: 1 })
})
