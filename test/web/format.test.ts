import { describe, expect, test } from 'vitest'
import { formatMoment, formatNumber, formatPercent, formatRange, formatValue } from '../../web/format'

const noBreakSpace = '\u00a0'

describe('formatNumber', () => {
  test('groups thousands with "." and writes decimals with "," in Vietnamese', () => {
    expect(formatNumber(12345.6, 'vi')).toBe('12.345,6')
  })

  test('groups thousands with "," and writes decimals with "." in English', () => {
    expect(formatNumber(12345.6, 'en')).toBe('12,345.6')
  })

  test('writes whole numbers without decimals', () => {
    expect(formatNumber(1234, 'vi')).toBe('1.234')
  })

  test('rounds to one decimal by default', () => {
    expect(formatNumber(12.34, 'vi')).toBe('12,3')
  })

  test('rounds to the digits asked for, dropping trailing zeros', () => {
    expect([formatNumber(12.3456, 'en', 2), formatNumber(3.1, 'en', 2), formatNumber(2.6, 'en', 0)]).toEqual([
      '12.35',
      '3.1',
      '3',
    ])
  })

  test('never writes "-0" for a small negative value', () => {
    expect(formatNumber(-0.01, 'vi')).toBe('0')
  })
})

describe('formatPercent', () => {
  test('puts a no-break space before "%" in Vietnamese', () => {
    expect(formatPercent(12.5, 'vi')).toBe(`12,5${noBreakSpace}%`)
  })

  test('puts "%" right after the number in English', () => {
    expect(formatPercent(12.5, 'en')).toBe('12.5%')
  })

  test('rounds to the digits asked for', () => {
    expect(formatPercent(12.3456, 'vi', 2)).toBe(`12,35${noBreakSpace}%`)
  })
})

describe('formatValue', () => {
  test('shows a missing value as an em dash without unit', () => {
    expect(formatValue(null, 'percent', 'vi')).toBe('—')
  })

  test('shows a share as a percentage', () => {
    expect(formatValue(45.25, 'percent', 'vi')).toBe(`45,3${noBreakSpace}%`)
  })

  test('shows counts and persons as whole numbers with separators', () => {
    expect([formatValue(12345.4, 'count', 'vi'), formatValue(12345.6, 'persons', 'en')]).toEqual(['12.345', '12,346'])
  })

  test('shows income per person per year in Vietnamese', () => {
    expect(formatValue(2800, 'usd_per_person', 'vi')).toBe('2.800 USD/người/năm')
  })

  test('shows income per person per year in English', () => {
    expect(formatValue(2800, 'usd_per_person', 'en')).toBe('2,800 USD per person per year')
  })

  test('shows an area in square kilometres to one decimal', () => {
    expect([formatValue(54.72, 'km2', 'vi'), formatValue(54.72, 'km2', 'en')]).toEqual(['54,7 km²', '54.7 km²'])
  })

  test('names the region statuses', () => {
    const statuses = ['I', 'II', 'III', 'none']
    expect({
      vi: statuses.map((status) => formatValue(status, 'status', 'vi')),
      en: statuses.map((status) => formatValue(status, 'status', 'en')),
    }).toEqual({
      vi: ['Khu vực I', 'Khu vực II', 'Khu vực III', 'Ngoài vùng DTTS&MN'],
      en: ['Region I', 'Region II', 'Region III', 'Outside the ethnic-minority area'],
    })
  })

  test('names a status given as its rank, as targets on statuses are', () => {
    expect(formatValue(3, 'status', 'vi')).toBe('Khu vực III')
  })

  test('answers yes/no values in words', () => {
    expect([true, false].flatMap((flag) => [formatValue(flag, 'flag', 'vi'), formatValue(flag, 'flag', 'en')])).toEqual(
      ['Có', 'Yes', 'Không', 'No'],
    )
  })

  test('answers a yes/no target of 1 or 0 in words', () => {
    expect([formatValue(1, 'flag', 'vi'), formatValue(0, 'flag', 'en')]).toEqual(['Có', 'No'])
  })

  test('shows a number of another unit to one decimal without a suffix', () => {
    expect(formatValue(7.25, 'unit', 'en')).toBe('7.3')
  })
})

describe('formatRange', () => {
  test('joins the ends with an en dash and puts the percent sign once, in Vietnamese', () => {
    expect(formatRange(12.5, 20, 'percent', 'vi')).toBe(`12,5–20${noBreakSpace}%`)
  })

  test('joins the ends with an en dash and puts the percent sign once, in English', () => {
    expect(formatRange(12.5, 20, 'percent', 'en')).toBe('12.5–20%')
  })

  test('keeps a decimal on a break between whole counts', () => {
    expect(formatRange(2.5, 4.5, 'count', 'vi')).toBe('2,5–4,5')
  })

  test('puts the unit after a range of incomes', () => {
    expect(formatRange(2800, 3000, 'usd_per_person', 'vi')).toBe('2.800–3.000 USD/người/năm')
  })
})

test('moments: day first in both languages, the month as a number in Vietnamese and a word in English', () => {
  const iso = '2026-11-26T02:41:00Z'
  const hour = String(new Date(iso).getHours()).padStart(2, '0')
  expect(formatMoment(iso, 'vi')).toMatch(new RegExp(`^${hour}:41,? 26/11/2026$|^26/11/2026,? ${hour}:41$`))
  expect(formatMoment(iso, 'en')).toBe(`26 Nov 2026, ${hour}:41`)
  expect(formatMoment(null, 'vi')).toBe('—')
  expect(formatMoment('not a date', 'en')).toBe('—')
})
