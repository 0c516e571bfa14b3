import { expect, test } from 'vitest'
import { readHeader } from '../../../server/imports/columns'

const codes = new Set(['poverty_rate', 'forest_cover'])

test('the long layout, with English or Vietnamese headers', () => {
  expect(readHeader(['unit_code', 'indicator', 'year', 'value'], codes)).toEqual({
    kind: 'long',
    fields: { unitCode: 0, indicator: 1, year: 2, value: 3 },
  })
  expect(readHeader(['STT', 'Mã đơn vị', 'Tên đơn vị', 'Chỉ tiêu', 'Năm', 'Giá trị', 'Văn bản'], codes)).toEqual({
    kind: 'long',
    fields: { unitCode: 1, unitName: 2, indicator: 3, year: 4, value: 5, document: 6 },
  })
})

test('the wide layout: one column per indicator code', () => {
  expect(readHeader(['ma_don_vi', 'nam', 'poverty_rate', 'Forest_Cover', 'ghi chú'], codes)).toEqual({
    kind: 'wide',
    fields: { unitCode: 0, year: 1 },
    indicators: [
      { code: 'poverty_rate', index: 2 },
      { code: 'forest_cover', index: 3 },
    ],
  })
})

test('a missing column is named with the names accepted', () => {
  expect(readHeader(['unit_code', 'indicator', 'value'], codes)).toEqual({
    problems: [
      {
        column: null,
        message: {
          vi: 'Thiếu cột bắt buộc: year (nhận: year, nam).',
          en: 'Missing required column: year (accepted: year, nam).',
        },
      },
    ],
  })
})

test('an unknown column in the wide layout is an unknown indicator', () => {
  const layout = readHeader(['unit_code', 'year', 'povrety_rate'], codes)
  expect(layout).toMatchObject({
    problems: [{ column: 'povrety_rate', message: { en: expect.stringContaining('not an indicator code') } }],
  })
})
