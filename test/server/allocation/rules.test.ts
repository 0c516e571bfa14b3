import { describe, expect, test } from 'vitest'
import { type Allocation, allocate } from '../../../server/allocation/allocate'
import { communeClass } from '../../../server/allocation/commune-class'
import { type Coefficients, defaultCoefficients } from '../../../server/allocation/criteria'
import { workedExample } from '../../../server/allocation/rule-words'
import type { Message } from '../../../server/message'
import { commune, sixtyFive } from './communes'

const parameters = (total: number, coefficients: Coefficients = defaultCoefficients) => ({
  total,
  coefficients,
  criteria: [],
})
const only = (result: Allocation | { problem: Message }): Allocation => {
  if ('problem' in result) throw new Error(result.problem.en)
  return result
}

describe('the class coefficient: only the highest applies', () => {
  const facts = (region: 'I' | 'II' | 'III' | 'none' | null, extra: { border?: boolean; safeZone?: boolean } = {}) => ({
    region,
    border: extra.border ?? false,
    safeZone: extra.safeZone ?? false,
  })

  test('each class alone takes its coefficient (50, 40, 30, 25)', () => {
    expect(communeClass(facts('III'), defaultCoefficients)).toEqual({ class: 'regionIII', coefficient: 50 })
    expect(communeClass(facts('II'), defaultCoefficients)).toEqual({ class: 'regionII', coefficient: 40 })
    expect(communeClass(facts('I'), defaultCoefficients)).toEqual({ class: 'regionI', coefficient: 30 })
    expect(communeClass(facts('none'), defaultCoefficients)).toEqual({ class: 'other', coefficient: 25 })
    expect(communeClass(facts(null), defaultCoefficients)).toEqual({ class: 'other', coefficient: 25 })
  })

  test('a region II border commune takes the border 50, not 40 and not 90', () => {
    expect(communeClass(facts('II', { border: true }), defaultCoefficients)).toEqual({
      class: 'border',
      coefficient: 50,
    })
    expect(communeClass(facts('III', { border: true, safeZone: true }), defaultCoefficients).coefficient).toBe(50)
  })

  test('the highest follows the coefficients: a lowered border coefficient leaves region II on top', () => {
    const lowered = { ...defaultCoefficients, border: 35 }
    expect(communeClass(facts('II', { border: true }), lowered)).toEqual({ class: 'regionII', coefficient: 40 })
    expect(communeClass(facts('I', { safeZone: true }), lowered)).toEqual({ class: 'safeZone', coefficient: 50 })
  })

  test('"other" is only for a commune in no class: a raised "other" does not lift region I', () => {
    const raised = { ...defaultCoefficients, other: 45 }
    expect(communeClass(facts('I'), raised)).toEqual({ class: 'regionI', coefficient: 30 })
  })
})

describe('the worked example', () => {
  test('a region III commune with 4 especially difficult villages scores 54', () => {
    const result = only(allocate([commune('06001', { region: 'III', villages: 4 })], parameters(100)))
    expect(result.items[0]).toMatchObject({ class: 'regionIII', coefficient: 50, villages: 4, score: 54, amount: 100 })
    expect(workedExample(defaultCoefficients)).toEqual({
      vi: 'Ví dụ: một xã khu vực III có 4 thôn đặc biệt khó khăn được 50 + 4 × 1 = 54 điểm.',
      en: 'Example: a region III commune with 4 especially difficult villages scores 50 + 4 × 1 = 54.',
    })
  })
})

describe('allocating a total', () => {
  test.each([1, 7, 1_000_003])('%i million among 65 communes adds up exactly, in whole millions', (total) => {
    const result = only(allocate(sixtyFive, parameters(total)))
    expect(result.items).toHaveLength(65)
    expect(result.items.reduce((sum, item) => sum + item.amount, 0)).toBe(total)
    expect(result.items.every((item) => Number.isInteger(item.amount))).toBe(true)
  })

  test('amount follows the score: total × score ÷ the sum of scores, shares add up to 1', () => {
    const two = [commune('06001', { region: 'III', villages: 4 }), commune('06002', { region: 'none' })]
    const result = only(allocate(two, parameters(790)))
    expect(result.items.map((item) => [item.score, item.amount])).toEqual([
      [54, 540],
      [25, 250],
    ])
    expect(result.items[0]!.share + result.items[1]!.share).toBeCloseTo(1, 5)
    expect(result.items[0]!.share).toBeCloseTo(54 / 79, 6)
  })

  test('one million among three equal communes goes to the lowest code', () => {
    const three = ['06133', '06001', '06040'].map((code) => commune(code, { region: 'II' }))
    const result = only(allocate(three, parameters(1)))
    expect(result.items.map((item) => [item.code, item.amount])).toEqual([
      ['06133', 0],
      ['06001', 1],
      ['06040', 0],
    ])
  })

  test('coefficients that make no commune score above 0 are refused', () => {
    const zero = Object.fromEntries(Object.keys(defaultCoefficients).map((key) => [key, 0])) as Coefficients
    const result = allocate(sixtyFive, parameters(1000, zero))
    expect(result).toEqual({ problem: expect.objectContaining({ vi: expect.stringContaining('không xã nào') }) })
  })

  test('each row names the provenance of its inputs; sample anywhere makes the row sample', () => {
    const result = only(allocate([commune('06001', { region: 'III', villages: 2 })], parameters(10)))
    expect(result.items[0]!.inputs).toMatchObject({
      region: { provenance: 'sample', overridden: false },
      villages: { provenance: 'sample' },
      border: { provenance: 'computed' },
      safeZone: { provenance: null },
    })
    expect(result.items[0]).toMatchObject({ provenance: 'sample', sample: true })
  })
})

describe('optional criteria', () => {
  test('a weighted criterion adds weight × value ÷ the largest value', () => {
    const two = [
      commune('06001', { region: 'none', povertyRate: 20 }),
      commune('06002', { region: 'none', povertyRate: 5 }),
    ]
    const result = only(
      allocate(two, { total: 100, coefficients: defaultCoefficients, criteria: [{ code: 'povertyRate', weight: 10 }] }),
    )
    expect(result.items.map((item) => [item.score, item.terms.povertyRate])).toEqual([
      [35, { value: 20, points: 10 }],
      [27.5, { value: 5, points: 2.5 }],
    ])
  })

  test('a criterion some commune has no value for is refused, naming the commune', () => {
    const two = [commune('06001'), commune('06002', { povertyRate: null })]
    const result = allocate(two, {
      total: 100,
      coefficients: defaultCoefficients,
      criteria: [{ code: 'povertyRate', weight: 5 }],
    })
    expect(result).toEqual({ problem: expect.objectContaining({ en: expect.stringContaining('Xã 06002 (06002)') }) })
  })

  test('a criterion weighted 0 counts for nothing and needs no values', () => {
    const result = only(
      allocate([commune('06001', { povertyRate: null })], {
        total: 5,
        coefficients: defaultCoefficients,
        criteria: [{ code: 'povertyRate', weight: 0 }],
      }),
    )
    expect(result.items[0]!.terms).toEqual({})
  })
})
