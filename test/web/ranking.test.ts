import { expect, test } from 'vitest'
import { categoryMapping } from '../../server/planning/normalise'
import type { Ranking, RankingItem } from '../../web/api'
import { contributionColour, presetWeights, rankingChoropleth, topCodes } from '../../web/ranking'

const item = (code: string, rank: number | null, score: number | null): RankingItem => ({
  code,
  name: code,
  rank,
  score,
  population: null,
  contributions: {},
  normalised: {},
  values: {},
  provenance: 'sample',
  stability: 0,
})

const ranking: Ranking = {
  year: 2025,
  method: 'minmax',
  weights: { poverty_rate: 1 },
  direction: { poverty_rate: 'lower' },
  mapping: categoryMapping,
  missing: [{ code: 'e', name: 'e', indicators: ['poverty_rate'] }],
  items: [item('a', 1, 95), item('b', 2, 60), item('c', 2, 60), item('d', 4, 10), item('e', null, null)],
}

test('the score is drawn in five classes of 20 points; unranked communes are no data', () => {
  const map = rankingChoropleth(ranking)
  expect(map.classes.map((item) => item.codes)).toEqual([['d'], [], [], ['b', 'c'], ['a']])
  expect(map.noData).toEqual(['e'])
  expect(map.colours.has('e')).toBe(false)
})

// Issue 10 §5: the most disadvantaged class was the palest colour on the map.
test('the more disadvantaged a class, the darker its colour', () => {
  const luminance = (hex: string) => {
    const [red, green, blue] = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16))
    return 0.2126 * red! + 0.7152 * green! + 0.0722 * blue!
  }
  const lightness = rankingChoropleth(ranking).classes.map((item) => luminance(item.colour))
  expect(lightness).toEqual([...lightness].sort((a, b) => b - a))
  expect(new Set(lightness).size).toBe(5)
})

test('the top N takes every commune tied at the Nth rank', () => {
  expect(topCodes(ranking, 2)).toEqual(['a', 'b', 'c'])
  expect(topCodes(ranking, 1)).toEqual(['a'])
})

test('the headline preset is every indicator the catalogue marks headline, with equal weights', () => {
  const catalogue = [
    { code: 'especially_difficult_commune', headline: 1 },
    { code: 'commune_road_paved', headline: 2 },
    { code: 'poverty_rate', headline: null },
    { code: 'forest_cover', headline: 5 },
  ]
  expect(presetWeights('headline', catalogue)).toEqual({
    especially_difficult_commune: 1,
    commune_road_paved: 1,
    forest_cover: 1,
  })
  expect(Object.keys(presetWeights('social', catalogue))).toContain('poverty_rate')
})

test('contribution colours cycle through a colour-blind-safe set', () => {
  expect(contributionColour(0)).toBe('#0072b2')
  expect(contributionColour(8)).toBe(contributionColour(0))
})
