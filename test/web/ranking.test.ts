import { expect, test } from 'vitest'
import { categoryMapping } from '../../server/planning/normalise'
import type { Ranking, RankingItem } from '../../web/api'
import { contributionColour, presets, rankingChoropleth, topCodes } from '../../web/ranking'

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

test('the top N takes every commune tied at the Nth rank', () => {
  expect(topCodes(ranking, 2)).toEqual(['a', 'b', 'c'])
  expect(topCodes(ranking, 1)).toEqual(['a'])
})

test('the presets answer the common questions with indicators of the catalogue', () => {
  expect(Object.keys(presets.headline)).toEqual([
    'especially_difficult_commune',
    'village_road_hardened',
    'cultural_house',
    'forest_cover',
  ])
  expect(Object.values(presets.headline).every((weight) => weight === 1)).toBe(true)
})

test('contribution colours cycle through a colour-blind-safe set', () => {
  expect(contributionColour(0)).toBe('#0072b2')
  expect(contributionColour(8)).toBe(contributionColour(0))
})
