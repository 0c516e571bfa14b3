import { describe, expect, test } from 'vitest'
import { clauseWords, targetWords, thresholdWords } from '../../../server/planning/target-words'
import {
  checkTarget,
  communesMeeting,
  comparable,
  meets,
  nearMargin,
  nextTarget,
  type PlanTarget,
  threshold,
} from '../../../server/planning/targets'

// Cases from the plan's own targets (NQ 58-NQ/TU, II.2.1 and II.2.2; geodata/indicators.csv).
const target = (operator: PlanTarget['operator'], value: number, year = 2025): PlanTarget => ({
  operator,
  value,
  year,
  scope: 'commune',
})
const poverty2025 = target('reduce_pp_per_year', 3, 2025)

describe('the threshold of a commune', () => {
  test('"reduce the poor-household rate by ≥ 3 points a year" counts from the commune\'s own 2021 value', () => {
    expect(threshold(poverty2025, 18.3)).toBe(6.3)
    expect(threshold(target('reduce_pp_per_year', 3, 2030), 18.3)).toBe(0)
    expect(threshold(poverty2025, null)).toBeNull()
  })

  test('any other target is its own value (cultural houses ≥ 60 %)', () => {
    expect(threshold(target('>=', 60), 12)).toBe(60)
  })
})

describe('a target met', () => {
  test('"less than": stunting under five < 15 % is met at 14.9 and not at 15', () => {
    expect([meets('<', 15, 14.9), meets('<', 15, 15)]).toEqual([true, false])
  })

  test('"more than": literacy > 98 % is not met at 98; electricity ≥ 99.6 % is met at 99.6', () => {
    expect([meets('>', 98, 98), meets('>=', 99.6, 99.6)]).toEqual([false, true])
  })

  test('no temporary houses left (≤ 0); a yes/no target (= 1); the poverty threshold is a ceiling', () => {
    expect([meets('<=', 0, 0), meets('=', 1, 1), meets('reduce_pp_per_year', 6.3, 6.4)]).toEqual([true, true, false])
  })

  test('a status compares by rank: "< 3" means no longer in region III', () => {
    const status = (valueCategory: string) => comparable({ valueNumber: null, valueCategory, valueFlag: null })
    expect(meets('<', 3, status('III')!)).toBe(false)
    expect(meets('<', 3, status('II')!)).toBe(true)
  })
})

describe('checkTarget: threshold, gap, met and near in one answer', () => {
  test('a poverty rate of 7.7 % against its own 2025 threshold of 6.3 % is 1.4 points away, near', () => {
    expect(checkTarget(poverty2025, 7.7, 18.3, 'percent')).toEqual({
      year: 2025,
      threshold: 6.3,
      gap: 1.4,
      met: false,
      standing: 'near',
      margin: 10,
      baseline: 18.3,
    })
  })

  test('cultural houses: 55 % is near 60 %, 20 % is below, 70 % met', () => {
    const standing = (value: number) => checkTarget(target('>=', 60), value, null, 'percent')?.standing
    expect([standing(55), standing(20), standing(70)]).toEqual(['near', 'below', 'met'])
  })

  test('a yes/no target is never nearly met', () => {
    expect(checkTarget(target('=', 1), 0, null, 'flag')?.standing).toBe('below')
  })

  test('no check without a value, or without the 2021 value a reduction counts from', () => {
    expect(checkTarget(target('>=', 60), null, null, 'percent')).toBeNull()
    expect(checkTarget(poverty2025, 5, null, 'percent')).toBeNull()
  })
})

describe('the near margin', () => {
  test('10 points for shares; 20 % of the threshold, at least 1, for counts; 0 for yes/no and statuses', () => {
    expect([nearMargin('percent', 80), nearMargin('count', 20), nearMargin('count', 0)]).toEqual([10, 4, 1])
    expect([nearMargin('flag', 1), nearMargin('status', 3)]).toEqual([0, 0])
  })
})

describe('the next target of a commune', () => {
  const cleanWater = [target('>=', 99, 2025), target('>', 99, 2030)]
  test('2025 for the years up to 2025, else 2030 (clean water ≥ 99 % then > 99 %)', () => {
    expect([nextTarget(cleanWater, 2023)?.year, nextTarget(cleanWater, 2026)?.year]).toEqual([2025, 2030])
  })

  test('forest cover has only the 2030 orientation; cultural houses only 2025; schools only a province total', () => {
    expect(nextTarget([target('>=', 67, 2030)], 2022)?.year).toBe(2030)
    expect(nextTarget([target('>=', 60, 2025)], 2026)?.year).toBe(2025)
    expect(nextTarget([{ ...target('>=', 300), scope: 'province' }], 2024)).toBeNull()
  })
})

describe('a target in words', () => {
  test("the poverty target says it is the commune's own threshold, with the rule, in percentage points", () => {
    const check = checkTarget(poverty2025, 7.7, 18.3, 'percent')!
    expect(targetWords(poverty2025, 'percent').vi).toContain('ngưỡng riêng của từng xã')
    expect(thresholdWords(poverty2025, check, 'percent').vi).toBe(
      '≤ 6,3\u00a0% (ngưỡng riêng của xã: mức năm 2021 18,3\u00a0% − 3 điểm % × 4 năm)',
    )
    expect(thresholdWords(poverty2025, check, 'percent').en).toContain("this commune's own threshold")
  })

  test('the plan\'s clause is said in words, not as the catalogue\'s "II.2.1 bullet 4" (issue 10 §3)', () => {
    expect(clauseWords('II.2.1 bullet 4')).toEqual({ vi: 'mục II.2.1, ý thứ 4', en: 'section II.2.1, bullet 4' })
    expect(clauseWords('II.2.2')).toEqual({ vi: 'mục II.2.2', en: 'section II.2.2' })
  })

  test('forest cover ≥ 67 % and stunting < 15 % read as the target itself', () => {
    expect(targetWords(target('>=', 67, 2030), 'percent')).toEqual({ vi: '≥ 67\u00a0%', en: '≥ 67%' })
    expect(targetWords(target('<', 15), 'percent').vi).toBe('< 15\u00a0%')
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
