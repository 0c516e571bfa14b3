import { describe, expect, test } from 'vitest'
import { allocationAnswer } from '../../../server/allocation/answer'
import { compareScenarios } from '../../../server/allocation/compare'
import { defaultCoefficients } from '../../../server/allocation/criteria'
import { commune, sixtyFive } from './communes'

const request = (total: number, overrides = [] as Parameters<typeof allocationAnswer>[1]['overrides']) => ({
  total,
  coefficients: defaultCoefficients,
  criteria: [],
  overrides,
})
const answerOf = (result: ReturnType<typeof allocationAnswer>) => {
  if ('problem' in result) throw new Error(result.problem.en)
  return result.answer
}

describe('overrides', () => {
  test("an override replaces the commune's class and villages, marked as the scenario's own", () => {
    const answer = answerOf(
      allocationAnswer(
        [commune('06001', { region: 'I', villages: 1 }), commune('06002')],
        request(100, [{ code: '06001', region: 'III', villages: 4 }]),
        null,
      ),
    )
    expect(answer.items[0]).toMatchObject({ class: 'regionIII', villages: 4, score: 54 })
    expect(answer.items[0]!.inputs.region).toEqual({
      provenance: 'override',
      source: 'scenario override',
      overridden: true,
    })
    expect(answer.items[1]!.inputs.region!.overridden).toBe(false)
  })

  test('overriding every sample input leaves no sample warning', () => {
    const communes = [commune('06001'), commune('06002')]
    const all = communes.map((item) => ({ code: item.code, region: 'II' as const, villages: 2 }))
    expect(answerOf(allocationAnswer(communes, request(10), null)).warnings).toHaveLength(1)
    const answer = answerOf(allocationAnswer(communes, request(10, all), null))
    expect(answer.sample).toBe(false)
    expect(answer.warnings).toEqual([])
  })

  test('a safe-zone override lifts a region I commune to 50', () => {
    const answer = answerOf(
      allocationAnswer([commune('06001')], request(10, [{ code: '06001', safeZone: true }]), null),
    )
    expect(answer.items[0]).toMatchObject({ class: 'safeZone', coefficient: 50, safeZone: true })
  })

  test('an override for a code outside the 65 communes is refused in both languages', () => {
    const result = allocationAnswer([commune('06001')], request(10, [{ code: '06999', villages: 1 }]), null)
    expect(result).toEqual({
      problem: { vi: expect.stringContaining('06999'), en: expect.stringContaining('06999') },
    })
  })
})

describe('the answer', () => {
  test('says when the villages counted differ from the official total', () => {
    const answer = answerOf(allocationAnswer(sixtyFive, request(1_000_003), 385))
    expect(answer.totals).toMatchObject({ amount: 1_000_003, communes: 65, officialVillages: 385 })
    expect(answer.warnings.map((warning) => warning.en).join(' ')).toContain('official total for 2026–2030 is 385')
  })

  test('raising a coefficient moves money to the communes of that class, and says how much', () => {
    const answer = answerOf(allocationAnswer(sixtyFive, request(1_000_003), null))
    const regionIII = answer.sensitivity.find((nudge) => nudge.parameter === 'regionIII')!
    expect(regionIII).toMatchObject({ from: 50, to: 55 })
    expect(regionIII.moved).toBeGreaterThan(0)
    expect(answer.items.find((item) => item.code === regionIII.gains!.code)!.class).toBe('regionIII')
    expect(answer.items.find((item) => item.code === regionIII.loses!.code)!.class).not.toBe('regionIII')
  })

  test('says the formula with the coefficients in use and the worked example', () => {
    const answer = answerOf(
      allocationAnswer(
        [commune('06001')],
        { ...request(5), coefficients: { ...defaultCoefficients, village: 2 } },
        null,
      ),
    )
    expect(answer.words.formula.vi).toContain('2 × số thôn đặc biệt khó khăn')
    expect(answer.words.example.en).toContain('= 58')
  })
})

test('two scenarios compared: per commune the difference of the second from the first', () => {
  const first = answerOf(allocationAnswer(sixtyFive, request(1000), null))
  const second = answerOf(
    allocationAnswer(sixtyFive, { ...request(1200), coefficients: { ...defaultCoefficients, regionIII: 70 } }, null),
  )
  const comparison = compareScenarios(
    { id: 'a', name: 'A', total: 1000, items: first.items },
    { id: 'b', name: 'B', total: 1200, items: second.items },
  )
  expect(comparison.rows).toHaveLength(65)
  expect(comparison.rows.reduce((sum, row) => sum + row.difference, 0)).toBe(200)
  const row = comparison.rows[0]!
  expect(row.difference).toBe(row.second!.amount - row.first.amount)
  expect(comparison.totals.changed).toBeGreaterThan(0)
})
