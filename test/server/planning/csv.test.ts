import { describe, expect, test } from 'vitest'
import { csvCell, csvText, neutralised } from '../../../server/planning/csv'

describe('csvCell', () => {
  test.each([
    ['=HYPERLINK("http://evil.example")', `"'=HYPERLINK(""http://evil.example"")"`],
    ['+1', "'+1"],
    ['-3.2', "'-3.2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\r=1', `"'\r=1"`],
    ['Xã Thất Khê', 'Xã Thất Khê'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
  ])('text %j → %j', (text, written) => {
    expect(csvCell(text)).toBe(written)
  })

  test('numbers stay numbers, negative ones too; booleans are yes/no; no value is empty', () => {
    expect([-3.2, 0, 12.5, Number.NaN, true, false, null, undefined].map(csvCell)).toEqual([
      '-3.2',
      '0',
      '12.5',
      '',
      'yes',
      'no',
      '',
      '',
    ])
  })

  test('neutralised leaves ordinary text alone', () => {
    expect(neutralised('poverty_rate')).toBe('poverty_rate')
  })
})

describe('csvText', () => {
  const text = csvText({
    metadata: { title: 'Lạng Sơn, test', weights: { poverty_rate: 2 }, note: 'one\r\ntwo' },
    columns: ['code', 'name', 'gap'],
    rows: [
      { code: '06040', name: 'Xã Thất Khê', gap: -1.5 },
      { code: '06041', name: '=cmd|calc', gap: null },
    ],
  })

  test('starts with a byte-order mark and ends every line with CRLF', () => {
    expect(text.startsWith('\uFEFF# title: Lạng Sơn, test\r\n')).toBe(true)
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replaceAll('\r\n', '').includes('\n')).toBe(false)
  })

  test('metadata comments come first, one per line, then the header and the rows', () => {
    expect(text.slice(1).split('\r\n')).toEqual([
      '# title: Lạng Sơn, test',
      '# weights.poverty_rate: 2',
      '# note: one two',
      'code,name,gap',
      '06040,Xã Thất Khê,-1.5',
      "06041,'=cmd|calc,",
      '',
    ])
  })
})
