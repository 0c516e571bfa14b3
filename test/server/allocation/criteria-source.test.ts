import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { expect, test } from 'vitest'
import { criteriaSource, defaultCoefficients } from '../../../server/allocation/criteria'

// The default coefficients are those of the file they cite (geodata/reference/allocation_criteria.csv,
// copied unchanged from the data compiler's ../shared/reference/), and the words cite its source.

const file = path.resolve('geodata/reference/allocation_criteria.csv')
const rows = parse(fs.readFileSync(file, 'utf8'), { columns: true }) as Record<string, string>[]
const coefficientOf = (code: string) => Number(rows.find((row) => row.criterion_code === code)!.coefficient)

test('the defaults are the coefficients of allocation_criteria.csv, the highest class only', () => {
  expect(defaultCoefficients).toEqual({
    regionIII: coefficientOf('COM_KV3_ATK_BORDER_ISLAND_SZ'),
    safeZone: coefficientOf('COM_KV3_ATK_BORDER_ISLAND_SZ'),
    border: coefficientOf('COM_KV3_ATK_BORDER_ISLAND_SZ'),
    regionII: coefficientOf('COM_KV2'),
    regionI: coefficientOf('COM_KV1'),
    other: coefficientOf('COM_OTHER'),
    village: coefficientOf('VIL_DBKK'),
  })
  for (const row of rows.filter((item) => item.applies_to === 'commune'))
    expect(row.unit).toMatch(/highest applicable coefficient only; no stacking/)
})

test('the words cite the file and the source column of each of its rows', () => {
  const sources = new Set(rows.map((row) => row.source))
  expect(sources.size).toBe(1)
  for (const language of ['vi', 'en'] as const) {
    expect(criteriaSource[language]).toContain([...sources][0])
    expect(criteriaSource[language]).toContain('geodata/reference/allocation_criteria.csv')
  }
})
