import { describe, expect, test } from 'vitest'
import { type CarryPart, carry, complete, twoDecimals } from '../../../server/planning/carry'

const part = (value: Partial<CarryPart>): CarryPart => ({
  valueNumber: null,
  valueCategory: null,
  valueFlag: null,
  share: 1,
  people: null,
  areaKm2: null,
  ...value,
})

describe('carry: one rule for the crosswalk and the province figure', () => {
  const two = [
    part({ valueNumber: 10, people: 1000, areaKm2: 30 }),
    part({ valueNumber: 20, people: 3000, areaKm2: 10 }),
  ]
  test.each([
    ['population_mean', 17.5],
    ['area_mean', 12.5],
    ['sum', 30],
  ] as const)('%s → %d', (rule, expected) => {
    expect(carry(rule, two)).toBe(expected)
  })

  test('a split unit counts by its area share in a sum (temporary houses)', () => {
    expect(carry('sum', [part({ valueNumber: 40, share: 0.25 }), part({ valueNumber: 10 })])).toBe(20)
  })

  test('yes/no: the share of the units assessed with yes; statuses: the share in region III', () => {
    const flags = [part({ valueFlag: true }), part({ valueFlag: false }), part({})]
    expect(carry('share_of_former_yes', flags)).toBe(50)
    const statuses = [part({ valueCategory: 'III', share: 3 }), part({ valueCategory: 'I' })]
    expect(carry('share_of_former_region_iii', statuses)).toBe(75)
  })

  test('a village share is the share of all the villages, not the mean of the communes', () => {
    const rows = [part({ valueNumber: 100, villages: 1 }), part({ valueNumber: 0, villages: 3 })]
    expect(carry('village_share', rows)).toBe(25)
  })

  test('a carried value needs every former unit, except the share of those assessed with yes', () => {
    expect(complete('sum', [part({ valueNumber: 1 }), part({})])).toBe(false)
    expect(complete('share_of_former_yes', [part({ valueFlag: true }), part({})])).toBe(true)
  })

  test('rounds as PostgreSQL rounds numeric: halves away from zero, no binary drift', () => {
    expect([twoDecimals(12.345), twoDecimals(1.005), twoDecimals(2.675)]).toEqual([12.35, 1.01, 2.68])
  })
})
