import { expect, test } from 'vitest'
import type { Indicator } from '../../web/api'
import { chosenIndicator, yearsShown } from '../../web/indicator-choice'

// The indicator and year the map opens on; on the 2008–2019 communes only the years before the
// merger of July 2025 have values (issue 12: the slider offered 2025 and 2026 there, empty maps).
const indicator = (code: string, measuredAt: string, years: number[]) =>
  ({ code, measuredAt, years, targets: [] }) as unknown as Indicator
const catalogue = [
  indicator('poverty_target', 'province', [2021, 2022]),
  indicator('poverty_rate', 'commune', [2021, 2022, 2023, 2024, 2025, 2026]),
  indicator('forest_cover', 'commune', [2021, 2024, 2025]),
]

test('the named indicator and year, else the first mappable indicator and its latest year', () => {
  expect(chosenIndicator(catalogue, { indicator: 'forest_cover', year: 2024 })).toMatchObject({
    indicator: { code: 'forest_cover' },
    year: 2024,
  })
  expect(chosenIndicator(catalogue, { indicator: null, year: 2023 })).toMatchObject({
    indicator: { code: 'poverty_rate' },
    year: 2023,
  })
  expect(chosenIndicator(catalogue, { indicator: 'forest_cover', year: 2023 }).year).toBe(2025)
})

test('on the 2008–2019 communes the years end before the merger', () => {
  expect(yearsShown(catalogue[1]!, true)).toEqual([2021, 2022, 2023, 2024])
  expect(yearsShown(catalogue[1]!, false)).toEqual([2021, 2022, 2023, 2024, 2025, 2026])
  expect(chosenIndicator(catalogue, { indicator: 'poverty_rate', year: 2026, historical: true }).year).toBe(2024)
  expect(chosenIndicator(catalogue, { indicator: 'poverty_rate', year: 2022, historical: true }).year).toBe(2022)
})
