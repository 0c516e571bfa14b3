import { expect, test } from 'vitest'
import { detectSeparator, parseDelimited } from '../../../server/imports/delimited'

test.each([
  ['a,b,c\n1;2', ','],
  ['ma;ten;nam\n1,5;x;2025', ';'],
  ['a\tb\tc', '\t'],
  ['"a;b;c",d,e', ','],
  ['# notes; with; semicolons\nunit_code,year', ','],
])('the separator of %j is %j', (text, separator) => {
  expect(detectSeparator(text)).toBe(separator)
})

test('rows keep their line numbers; blank and # lines are skipped', () => {
  const parsed = parseDelimited('\uFEFF# guide, line\nunit_code;value\n\n06040;"12,5"\n06001;"a ""quoted"" text"\n')
  expect(parsed).toEqual({
    separator: ';',
    sheet: {
      name: null,
      rows: [
        { number: 2, cells: ['unit_code', 'value'] },
        { number: 4, cells: ['06040', '12,5'] },
        { number: 5, cells: ['06001', 'a "quoted" text'] },
      ],
    },
  })
})

test('an unclosed quote is a problem naming the row', () => {
  const parsed = parseDelimited('a,b\n1,"2\n3,4')
  expect(parsed).toMatchObject({ problem: { en: expect.stringContaining('unclosed quote') } })
})
