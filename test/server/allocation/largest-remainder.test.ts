import { describe, expect, test } from 'vitest'
import { largestRemainder } from '../../../server/allocation/largest-remainder'

const claims = (units: number[], codes = units.map((_, index) => `0${6001 + index}`)) =>
  units.map((value, index) => ({ code: codes[index]!, units: BigInt(value) }))
const sum = (amounts: number[] | undefined) => amounts!.reduce((all, amount) => all + amount, 0)

describe('largest remainder', () => {
  test.each([1, 7, 1_000_003, 10_000_000])('the amounts add up exactly to %i', (total) => {
    const scores = [540_000, 250_000, 300_000, 510_000, 333_333, 1, 499_999, 770_000, 250_000]
    const amounts = largestRemainder(total, claims(scores))
    expect(sum(amounts)).toBe(total)
    expect(amounts!.every((amount) => Number.isInteger(amount) && amount >= 0)).toBe(true)
  })

  test('each amount is its quota rounded down or up, never further', () => {
    const scores = [54, 50, 41, 30, 25, 25, 27]
    const total = 1_000_003
    const amounts = largestRemainder(total, claims(scores))!
    const scoreSum = scores.reduce((all, score) => all + score, 0)
    scores.forEach((score, index) => {
      const quota = (total * score) / scoreSum
      expect(amounts[index]).toBeGreaterThanOrEqual(Math.floor(quota))
      expect(amounts[index]).toBeLessThanOrEqual(Math.ceil(quota))
    })
  })

  test('equal remainders go to the lower commune code first, whatever the order given', () => {
    // Three equal claims on 1 million: the lowest code gets it; on 2 millions the two lowest.
    expect(largestRemainder(1, claims([1, 1, 1], ['06133', '06001', '06040']))).toEqual([0, 1, 0])
    expect(largestRemainder(2, claims([1, 1, 1], ['06133', '06001', '06040']))).toEqual([0, 1, 1])
  })

  test('a larger remainder wins over a lower code', () => {
    // 7 × 2/5 = 2.8 and 7 × 3/5 = 4.2 → 3 and 4.
    expect(largestRemainder(7, claims([3, 2], ['06001', '06002']))).toEqual([4, 3])
  })

  test('a commune scoring 0 gets nothing, and no claim above zero is no allocation', () => {
    expect(largestRemainder(7, claims([0, 5, 0]))).toEqual([0, 7, 0])
    expect(largestRemainder(7, claims([0, 0]))).toBeUndefined()
  })
})
