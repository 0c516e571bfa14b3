import { describe, expect, test } from 'vitest'
import { isZip, safeFileName } from '../../../server/imports/file-name'

describe('safeFileName', () => {
  test('keeps a Vietnamese name with spaces and brackets', () => {
    expect(safeFileName('Giao thông (bản 2).xlsx')).toEqual({ name: 'Giao thông (bản 2).xlsx', format: 'xlsx' })
  })

  test('reads the extension in any case', () => {
    expect(safeFileName('SO-LIEU_2025.CSV')).toEqual({ name: 'SO-LIEU_2025.CSV', format: 'csv' })
  })

  test('replaces other characters', () => {
    expect(safeFileName('a;b<c>*.csv')).toEqual({ name: 'a_b_c_.csv', format: 'csv' })
  })

  test.each(['../secret.csv', 'C:\\data\\x.csv', '/etc/x.csv', 'a\u0000.csv', 'line\nbreak.csv'])(
    'refuses a path or control characters: %j',
    (name) => {
      expect(safeFileName(name)).toMatchObject({ problem: { en: expect.stringMatching(/path|control/) } })
    },
  )

  test.each(['figures.xls', 'figures.txt', 'figures', '.csv', 'x.csv.exe'])('refuses %s', (name) => {
    expect(safeFileName(name)).toMatchObject({ problem: { en: expect.stringContaining('.csv or .xlsx') } })
  })
})

test('isZip recognises the zip signature only', () => {
  expect(isZip(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).toBe(true)
  expect(isZip(new TextEncoder().encode('PK,code'))).toBe(false)
})
