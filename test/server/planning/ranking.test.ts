import { describe, expect, test } from 'vitest'
import { disadvantage, numericValue } from '../../../server/planning/normalise'
import { competitionRanks, type RankingCommune, rankCommunes } from '../../../server/planning/ranking'

/** Communes named A, B, C… with the given values and sample provenance. */
function communes(values: Record<string, Record<string, number | string | boolean | null>>): RankingCommune[] {
  return Object.entries(values).map(([code, row]) => ({
    code,
    name: `Xã ${code}`,
    population: 1000,
    values: Object.fromEntries(
      Object.entries(row).map(([indicator, value]) => [indicator, { value, provenance: 'sample' as const }]),
    ),
  }))
}
const order = (result: ReturnType<typeof rankCommunes>) => result.items.map((item) => [item.code, item.rank])

describe('disadvantage (0 = best, 1 = worst)', () => {
  test('minmax scales by the range and flips where higher is better', () => {
    expect(disadvantage([10, 20, 30], 'lower', 'minmax')).toEqual([0, 0.5, 1])
    expect(disadvantage([10, 20, 30], 'higher', 'minmax')).toEqual([1, 0.5, 0])
  })

  test('minmax gives 0 to all when all values are equal', () => {
    expect(disadvantage([7, 7, 7], 'lower', 'minmax')).toEqual([0, 0, 0])
  })

  test('rank is the percentile of badness with ties sharing the average rank', () => {
    expect(disadvantage([1, 2, 2, 3], 'lower', 'rank')).toEqual([0, 0.5, 0.5, 1])
    expect(disadvantage([1, 2, 2, 3], 'higher', 'rank')).toEqual([1, 0.5, 0.5, 0])
    expect(disadvantage([5, 100, 6], 'lower', 'rank')).toEqual([0, 1, 0.5])
  })

  test('rank gives 0 to a single commune', () => {
    expect(disadvantage([42], 'lower', 'rank')).toEqual([0])
  })

  test('statuses and yes/no become numbers, region III the highest', () => {
    expect(['none', 'I', 'II', 'III'].map(numericValue)).toEqual([0, 1, 2, 3])
    expect([true, false, null, 'unknown'].map(numericValue)).toEqual([1, 0, null, null])
  })
})

describe('rankCommunes', () => {
  test('with one indicator the ranking is the order of its values, worst first', () => {
    const poverty = communes({ A: { poverty: 10 }, B: { poverty: 30 }, C: { poverty: 20 } })
    const result = rankCommunes(poverty, [{ code: 'poverty', better: 'lower', weight: 1 }], 'minmax')
    expect(order(result)).toEqual([
      ['B', 1],
      ['C', 2],
      ['A', 3],
    ])
    expect(result.items.map((item) => item.score)).toEqual([100, 50, 0])
  })

  test('weights trade indicators off: score = 100 × Σ wd / Σ w', () => {
    // roads: higher is better. A: d = (1, 0), B: d = (0, 1), C: d = (0.5, 0.5)
    const rows = communes({
      A: { poverty: 30, roads: 90 },
      B: { poverty: 10, roads: 50 },
      C: { poverty: 20, roads: 70 },
    })
    const result = rankCommunes(
      rows,
      [
        { code: 'poverty', better: 'lower', weight: 3 },
        { code: 'roads', better: 'higher', weight: 1 },
      ],
      'minmax',
    )
    expect(result.items.map((item) => [item.code, item.rank, item.score])).toEqual([
      ['A', 1, 75],
      ['C', 2, 50],
      ['B', 3, 25],
    ])
    expect(result.items[0]!.contributions).toEqual({ poverty: 1, roads: 0 })
    expect(result.items[1]!.contributions).toEqual({ poverty: 0.75, roads: 0.25 })
    expect(result.items[1]!.normalised).toEqual({ poverty: 0.5, roads: 0.5 })
  })

  test('equal scores share a rank and leave a gap (1, 2, 2, 4)', () => {
    const rows = communes({ A: { poverty: 40 }, B: { poverty: 20 }, C: { poverty: 20 }, D: { poverty: 0 } })
    const result = rankCommunes(rows, [{ code: 'poverty', better: 'lower', weight: 1 }], 'minmax')
    expect(result.items.map((item) => item.rank)).toEqual([1, 2, 2, 4])
    expect(competitionRanks([3, 1, 3, 2])).toEqual([1, 4, 1, 3])
  })

  test('the most disadvantaged status and "no" rank first', () => {
    const rows = communes({
      A: { status: 'I', paved: true },
      B: { status: 'III', paved: false },
      C: { status: 'none', paved: true },
    })
    const result = rankCommunes(
      rows,
      [
        { code: 'status', better: 'lower', weight: 1 },
        { code: 'paved', better: 'higher', weight: 1 },
      ],
      'minmax',
    )
    expect(order(result)).toEqual([
      ['B', 1],
      ['A', 2],
      ['C', 3],
    ])
    expect(result.items[0]!.values).toEqual({ status: 'III', paved: false })
  })

  test('a commune without every value is listed as missing, unranked, at the end, and does not move the scale', () => {
    const rows = communes({
      A: { poverty: 10, roads: 50 },
      B: { poverty: 99, roads: null },
      C: { poverty: 20, roads: 40 },
    })
    const result = rankCommunes(
      rows,
      [
        { code: 'poverty', better: 'lower', weight: 1 },
        { code: 'roads', better: 'higher', weight: 1 },
      ],
      'minmax',
    )
    expect(result.missing).toEqual([{ code: 'B', name: 'Xã B', indicators: ['roads'] }])
    expect(result.items.map((item) => [item.code, item.rank, item.score, item.stability])).toEqual([
      ['C', 1, 100, 0],
      ['A', 2, 0, 0],
      ['B', null, null, null],
    ])
    // Among the ranked communes C has the most poverty: B's 99 would have made it 0.11.
    expect(result.items[0]!.normalised).toEqual({ poverty: 1, roads: 1 })
    expect(result.items[2]).toMatchObject({
      values: { poverty: 99, roads: null },
      contributions: {},
      provenance: 'sample',
    })
  })

  test('a commune with a score of 0 has contributions of 0', () => {
    const result = rankCommunes(
      communes({ A: { poverty: 1 }, B: { poverty: 2 } }),
      [{ code: 'poverty', better: 'lower', weight: 1 }],
      'rank',
    )
    expect(result.items.at(-1)).toMatchObject({ code: 'A', score: 0, contributions: { poverty: 0 } })
  })

  test('stability: the largest rank change when one weight is 10 % higher or lower', () => {
    // All three tie at 50; more weight on x puts A first and B last, less weight the reverse.
    const rows = communes({ A: { x: 1, y: 0 }, B: { x: 0, y: 1 }, C: { x: 0.5, y: 0.5 } })
    const indicators = [
      { code: 'x', better: 'lower' as const, weight: 1 },
      { code: 'y', better: 'lower' as const, weight: 1 },
    ]
    const result = rankCommunes(rows, indicators, 'minmax')
    expect(result.items.map((item) => [item.code, item.rank, item.stability])).toEqual([
      ['A', 1, 2],
      ['B', 1, 2],
      ['C', 1, 1],
    ])
    const single = rankCommunes(rows, [indicators[0]!], 'minmax')
    expect(single.items.every((item) => item.stability === 0)).toBe(true)
  })
})
