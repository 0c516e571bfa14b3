import { describe, expect, test } from 'vitest'
import { parseDelimited } from '../../../server/imports/delimited'
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
    metadata: {
      title: 'Lạng Sơn, test',
      weights: { poverty_rate: 2 },
      note: 'one\r\ntwo',
      warning: { vi: 'DỮ LIỆU MẪU', en: 'SAMPLE DATA' },
    },
    columns: ['code', 'name', 'gap'],
    rows: [
      { code: '06040', name: 'Xã Thất Khê', gap: -1.5 },
      { code: '06041', name: '=cmd|calc', gap: null },
    ],
  })

  test('starts with a byte-order mark and ends every line with CRLF', () => {
    expect(text.startsWith('\uFEFF# Tiêu đề / title:,"Lạng Sơn, test"\r\n')).toBe(true)
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replaceAll('\r\n', '').includes('\n')).toBe(false)
  })

  // Issue 10 §3: the lines were English only; each is labelled in Vietnamese beside its key, and
  // words are written in both languages, Vietnamese first.
  test('metadata comments come first, one per line, labelled in both languages, then the header and the rows', () => {
    expect(text.slice(1).split('\r\n')).toEqual([
      '# Tiêu đề / title:,"Lạng Sơn, test"',
      '# Trọng số / weights.poverty_rate:,2',
      '# note:,one two',
      '# Cảnh báo / warning:,DỮ LIỆU MẪU / SAMPLE DATA',
      'code,name,gap',
      '06040,Xã Thất Khê,-1.5',
      "06041,'=cmd|calc,",
      '',
    ])
  })
})

/** The cells of a whole CSV as a spreadsheet reads them (RFC 4180), `#` lines included. */
function spreadsheetCells(text: string): string[] {
  const cells: string[] = []
  let cell = ''
  let quoted = false
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index]!
    if (quoted && character === '"' && text[index + 1] === '"') {
      cell += '"'
      index += 1
    } else if (character === '"' && (quoted || cell === '')) quoted = !quoted
    else if (!quoted && (character === ',' || character === '\n')) {
      cells.push(cell.replace(/\r$/, ''))
      cell = ''
    } else cell += character
  }
  return [...cells, cell]
}

const startsFormula = (cell: string) => /^[=+\-@\t\r]/.test(cell) && Number.isNaN(Number(cell))

// Issue #9: a source document with commas came out in `# valueSources: …` unquoted, and a
// spreadsheet split it into cells starting with = and -.
describe('a hostile source document in the metadata', () => {
  const hostile = `QD 12/2025,=HYPERLINK("http://evil.example"),-2+3+cmd|' /C calc'!A0`
  const text = csvText({
    metadata: { valueSources: hostile, other: '=1+1', gap: -2, nested: { item: `@x,+y\r\n-z` } },
    columns: ['code', 'source', 'gap'],
    rows: [{ code: '06040', source: hostile, gap: -1.5 }],
  })

  test('no cell of any line, `#` lines included, starts a formula; numbers stay numbers', () => {
    const cells = spreadsheetCells(text.slice(1))
    expect(cells).toContain(`'=1+1`)
    expect(cells).toContain('-2')
    expect(cells).toContain(hostile)
    expect(cells.filter(startsFormula)).toEqual([])
  })

  test("the portal's import reads the file back: notes skipped, the header and the row intact", () => {
    const parsed = parseDelimited(text)
    expect('sheet' in parsed && parsed.sheet.rows.map((row) => row.cells)).toEqual([
      ['code', 'source', 'gap'],
      ['06040', hostile, '-1.5'],
    ])
  })
})
