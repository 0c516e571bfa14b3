import { describe, expect, test } from 'vitest'
import {
  amountChoropleth,
  amountLegend,
  differenceChoropleth,
  newForm,
  parametersOf,
  withFile,
  withOverride,
} from '../../web/allocation'
import type { AllocationComparison, AllocationItem } from '../../web/api'
import { auditDetailText } from '../../web/audit-detail'
import { textFor } from '../../web/i18n/text'
import { amountPalette, differencePalette } from '../../web/palette'
import { fromSearch, initialState, openScenario, signedOut, toSearch } from '../../web/state'

const current = { weights: 'poverty_rate:1', normalise: 'minmax' as const, year: 2024 }
const id = '0b8e6c3e-4d6f-4b8a-9a37-2f1d5c3e9b10'

describe('the parameters the server takes from the form', () => {
  test('only a total; coefficients only where set; criteria with a weight above 0', () => {
    expect(parametersOf({ ...newForm, total: 7 }, current)).toEqual({ total: 7, criteria: [], overrides: [] })
    const form = { ...newForm, total: 7, coefficients: { border: 60 }, weights: { population: 5, povertyRate: 0 } }
    expect(parametersOf(form, current)).toEqual({
      total: 7,
      coefficients: { border: 60 },
      criteria: [{ code: 'population', weight: 5 }],
      overrides: [],
    })
  })

  test('the disadvantage criterion names its ranking: the scenario’s own, else the current one with its year', () => {
    const form = { ...newForm, total: 7, weights: { disadvantage: 10 } }
    expect(parametersOf(form, current).ranking).toEqual(current)
    const kept = { year: 2026, weights: 'literacy:2', normalise: 'rank' as const }
    expect(parametersOf({ ...form, ranking: kept }, current).ranking).toEqual(kept)
  })
})

describe('overrides', () => {
  test('one per commune, in code order; an override that changes nothing is dropped', () => {
    const overrides = withOverride(withOverride([], { code: '06002', villages: 4 }), { code: '06001', region: 'III' })
    expect(overrides.map((item) => item.code)).toEqual(['06001', '06002'])
    expect(withOverride(overrides, { code: '06002', villages: 5 })).toContainEqual({ code: '06002', villages: 5 })
    expect(withOverride(overrides, { code: '06002' })).toEqual([{ code: '06001', region: 'III' }])
  })

  test("a file's row replaces the commune's override", () => {
    const overrides = withFile(
      [{ code: '06001', region: 'III' }],
      [
        { code: '06001', villages: 2 },
        { code: '06003', border: true },
      ],
    )
    expect(overrides).toEqual([
      { code: '06001', villages: 2 },
      { code: '06003', border: true },
    ])
  })
})

const item = (code: string, amount: number) => ({ code, amount }) as AllocationItem

describe('the maps of an allocation', () => {
  test('amounts in five equal-count classes, light to dark, every commune coloured', () => {
    const items = Array.from({ length: 65 }, (_, index) =>
      item(String(6001 + index).padStart(5, '0'), 1000 + index * 10),
    )
    const map = amountChoropleth(items)
    expect(map.classes.map((entry) => entry.colour)).toEqual([...amountPalette])
    expect(map.colours.size).toBe(65)
    expect(map.classes.map((entry) => entry.codes.length).reduce((sum, count) => sum + count, 0)).toBe(65)
    const legend = amountLegend(map, 'vi')
    expect(legend[0]!.label).toBe('1.000–1.120 triệu đồng')
    expect(legend.at(-1)!.label).toMatch(/–1\.640 triệu đồng$/)
  })

  test('equal amounts make one class', () => {
    const map = amountChoropleth([item('06001', 5), item('06002', 5)])
    expect(map.classes).toHaveLength(1)
    expect(map.colours.get('06001')).toBe(map.colours.get('06002'))
  })

  test('differences around no change, split at half the largest', () => {
    const row = (code: string, difference: number) => ({ code, difference })
    const comparison = { rows: [row('a', -10), row('b', -3), row('c', 0), row('d', 4), row('e', 9)] }
    const { map, half } = differenceChoropleth(comparison as unknown as AllocationComparison)
    expect(half).toBe(5)
    expect(map.classes.map((entry) => entry.codes)).toEqual([['a'], ['b'], ['c'], ['d'], ['e']])
    expect(map.classes.map((entry) => entry.colour)).toEqual([...differencePalette])
  })
})

describe('the open scenario in the address', () => {
  test('view=allocation names the scenario and the one compared with; a bad id is dropped', () => {
    const state = { ...openScenario(initialState, id), against: id }
    expect(toSearch(state)).toBe(`?view=allocation&scenario=${id}&against=${id}`)
    expect(fromSearch(toSearch(state))).toMatchObject({ view: 'allocation', scenario: id, against: id })
    expect(fromSearch('?view=allocation&scenario=1%27%20or%201=1').scenario).toBeNull()
    expect(toSearch({ ...state, view: 'map' })).toBe('')
  })

  test('signing out leaves the page and forgets the scenario', () => {
    expect(signedOut(openScenario(initialState, id))).toMatchObject({ view: 'map', scenario: null, against: null })
  })
})

describe("an allocation scenario's audit entry in the log", () => {
  test('every key of its detail in Vietnamese', () => {
    const detail = {
      name: 'Dự án 4',
      program: 'Dự án 4 – hạ tầng thiết yếu',
      copiedFrom: null,
      parameters: {
        total: 1000003,
        coefficients: { regionIII: 50, safeZone: 50, border: 50, regionII: 40, regionI: 30, other: 25, village: 1 },
        criteria: [{ code: 'povertyRate', weight: 5 }],
        ranking: null,
        overrides: [{ code: '06001', region: 'III', villages: 4, ethnicMinorityShare: 80 }],
      },
    }
    const words = auditDetailText(detail, textFor('vi'), 'vi')
    expect(words).toContain(
      'thông số: (tổng vốn (triệu đồng): 1.000.003, hệ số: (khu vực III: 50, an toàn khu: 50, biên giới: 50',
    )
    expect(words).toContain('điều chỉnh: (mã: 06001, khu vực: III, thôn đặc biệt khó khăn: 4')
    expect(words).not.toMatch(/\b(program|parameters|total|coefficients|criteria|overrides|region|villages|safeZone)\b/)
  })
})
