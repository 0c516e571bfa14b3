import { describe, expect, test } from 'vitest'
import { catalogueProblem, parseWeights } from '../../../server/planning/weights'

describe('parseWeights', () => {
  test('reads code:weight items in order', () => {
    expect(parseWeights('poverty_rate:2, village_road_hardened:0.5')).toEqual({
      weights: [
        { code: 'poverty_rate', weight: 2 },
        { code: 'village_road_hardened', weight: 0.5 },
      ],
    })
  })

  test.each([
    ['', 'is required'],
    ['poverty_rate', '"poverty_rate" needs a colon and a weight'],
    ['poverty_rate:abc', '"poverty_rate:abc" needs a number after the colon'],
    ['poverty_rate:', '"poverty_rate:" needs a number after the colon'],
    ['poverty_rate:1e3', '"poverty_rate:1e3" needs a number after the colon'],
    ['poverty_rate:0', '"poverty_rate:0": a weight must be more than 0 and at most 100'],
    ['poverty_rate:-1', '"poverty_rate:-1": a weight must be more than 0'],
    ['poverty_rate:100.5', 'at most 100'],
    ['Poverty:1', 'unknown indicator "Poverty"'],
    [':1', 'unknown indicator ""'],
    ['poverty_rate:1,poverty_rate:2', '"poverty_rate" is weighted twice'],
    ['poverty_rate:1,', 'has an empty item'],
    [Array.from({ length: 21 }, (_, index) => `code_${index}:1`).join(','), 'has 21 items; at most 20'],
    ['x'.repeat(3000), 'is too long'],
  ])('%s → %s', (text, problem) => {
    const parsed = parseWeights(text)
    expect('problem' in parsed && parsed.problem.en).toContain(problem)
    // and in Vietnamese, a sentence of its own
    expect('problem' in parsed && parsed.problem.vi).not.toBe('problem' in parsed && parsed.problem.en)
  })

  test('a message never repeats a whole long input', () => {
    const parsed = parseWeights(`${'a'.repeat(500)}:x`)
    expect('problem' in parsed && parsed.problem.en.length).toBeLessThan(100)
    expect('problem' in parsed && parsed.problem.vi.length).toBeLessThan(100)
  })
})

describe('catalogueProblem', () => {
  const catalogue = [
    { code: 'poverty_rate', measuredAt: 'commune' },
    { code: 'income_per_capita', measuredAt: 'province' },
    { code: 'population', measuredAt: 'commune' },
  ]
  test.each([
    ['foo', 'unknown indicator "foo"'],
    ['income_per_capita', '"income_per_capita" is measured for the province only'],
    ['population', '"population" is not a measure of disadvantage'],
  ])('%s → %s', (code, problem) => {
    expect(catalogueProblem([{ code, weight: 1 }], catalogue)?.en).toContain(problem)
  })

  test('accepts commune indicators', () => {
    expect(catalogueProblem([{ code: 'poverty_rate', weight: 1 }], catalogue)).toBeUndefined()
  })
})
