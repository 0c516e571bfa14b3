import { describe, expect, test } from 'vitest'
import type { Indicator } from '../../web/api'
import {
  axisFraction,
  nearestYearWithValues,
  nextPlayYear,
  playStart,
  sliderKey,
  stepYear,
  timeAxis,
  yearRuns,
  yearsSpan,
} from '../../web/time-axis'

const target = (year: 2025 | 2030) => ({ year, scope: 'commune', words: { vi: '≥ 80 %', en: '≥ 80 %' } })
const indicator = (years: number[], targetYears: (2025 | 2030)[] = [2025, 2030]) =>
  ({ years, targets: targetYears.map(target) }) as unknown as Pick<Indicator, 'years' | 'targets'>

const sixYears = timeAxis(indicator([2021, 2022, 2023, 2024, 2025, 2026]))

describe('the axis', () => {
  test('runs 2021–2030, with values to 2026, the targets on 2025 and 2030, and 2027–2030 without values', () => {
    expect(sixYears.years.map((item) => item.year)).toEqual([
      2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030,
    ])
    expect(sixYears.withValues).toEqual([2021, 2022, 2023, 2024, 2025, 2026])
    expect(sixYears.withoutValues).toEqual([{ from: 2027, to: 2030 }])
    expect(sixYears.years.filter((item) => item.targets.length > 0).map((item) => item.year)).toEqual([2025, 2030])
  })

  test('gaps inside the period are runs of their own', () => {
    const gappy = timeAxis(indicator([2021, 2024, 2026], [2030]))
    expect(gappy.withoutValues).toEqual([
      { from: 2022, to: 2023 },
      { from: 2025, to: 2025 },
      { from: 2027, to: 2030 },
    ])
    expect(yearRuns([2022, 2027, 2028])).toEqual([
      { from: 2022, to: 2022 },
      { from: 2027, to: 2028 },
    ])
    expect(yearsSpan(gappy.withValues)).toBe('2021–2026')
  })

  test('a year with values outside 2021–2030 widens the axis rather than vanish', () => {
    const axis = timeAxis(indicator([2019, 2021]))
    expect(axis.first).toBe(2019)
    expect(axis.years[0]).toMatchObject({ year: 2019, hasValues: true })
  })

  test('positions run from 0 at 2021 to 1 at 2030', () => {
    expect(axisFraction(sixYears, 2021)).toBe(0)
    expect(axisFraction(sixYears, 2030)).toBe(1)
    expect(axisFraction(sixYears, 2024)).toBeCloseTo(1 / 3)
  })
})

describe('moving along it', () => {
  const gappy = timeAxis(indicator([2021, 2024, 2026]))

  test('a step goes to the next year with values and stays at either end', () => {
    expect(stepYear(gappy, 2021, 1)).toBe(2024)
    expect(stepYear(gappy, 2024, -1)).toBe(2021)
    expect(stepYear(gappy, 2026, 1)).toBe(2026)
    expect(stepYear(gappy, 2021, -1)).toBe(2021)
  })

  test('a click lands on the nearest year with values, never on a year without', () => {
    expect(nearestYearWithValues(gappy, axisFraction(gappy, 2023))).toBe(2024)
    expect(nearestYearWithValues(gappy, 1)).toBe(2026)
    expect(nearestYearWithValues(gappy, -3)).toBe(2021)
    expect(nearestYearWithValues(timeAxis(indicator([])), 0.5)).toBeNull()
  })

  test('play goes through the years with values and stops at the last; from the last it starts again', () => {
    expect(nextPlayYear(sixYears, 2021)).toBe(2022)
    expect(nextPlayYear(gappy, 2024)).toBe(2026)
    expect(nextPlayYear(sixYears, 2026)).toBeNull()
    expect(playStart(sixYears, 2026)).toBe(2021)
    expect(playStart(sixYears, 2023)).toBe(2023)
  })

  test('keys: arrows step, Home and End go to the ends, Space plays, others do nothing', () => {
    expect(sliderKey(gappy, 2024, 'ArrowRight')).toBe(2026)
    expect(sliderKey(gappy, 2024, 'ArrowUp')).toBe(2026)
    expect(sliderKey(gappy, 2024, 'ArrowLeft')).toBe(2021)
    expect(sliderKey(gappy, 2024, 'ArrowDown')).toBe(2021)
    expect(sliderKey(gappy, 2024, 'Home')).toBe(2021)
    expect(sliderKey(gappy, 2021, 'End')).toBe(2026)
    expect(sliderKey(gappy, 2024, ' ')).toBe('play')
    expect(sliderKey(gappy, 2024, 'a')).toBeNull()
  })
})
