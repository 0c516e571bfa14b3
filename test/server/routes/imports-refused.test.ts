import { afterAll, beforeAll, expect, test } from 'vitest'
import { sharedDatabase } from '../../database'
import { fixture, lyingZipBomb, oversized, pathTrick, workbook, zipBomb } from '../../fixtures/imports/files'
import { importApi, importCounts, removeImportsBy, signedIn } from './import-helpers'

// Every bad file is refused whole: 400, one sentence, each problem located (file, sheet, row,
// column) and said in Vietnamese and English, and nothing written, not even a draft.

const database = sharedDatabase()
const api = importApi(database)
let planner: Awaited<ReturnType<typeof signedIn>>
beforeAll(async () => {
  planner = await signedIn(database.sql(), ['planner'])
})
afterAll(() => removeImportsBy(database.sql(), [planner.username]))

type Expected = { row: number | null; column: string | null; sheet?: string | null; vi: RegExp; en: RegExp }
const cases: [string, () => Uint8Array, Expected][] = [
  [
    'unknown-unit.csv',
    () => fixture('unknown-unit.csv'),
    {
      row: 2,
      column: 'unit_code',
      vi: /Không có đơn vị hành chính mã 99999 trong danh mục 2025/,
      en: /no administrative unit with code 99999 in the 2025 list/,
    },
  ],
  [
    'wrong-vintage.csv',
    () => fixture('wrong-vintage.csv'),
    {
      row: 2,
      column: 'unit_code',
      vi: /Mã 06013 không thuộc danh mục 2025 dùng cho năm 2025 \(mã này thuộc danh mục 2019, 2021, 2024\)/,
      en: /06013 is not in the 2025 list used for 2025 \(it belongs to the 2019, 2021, 2024 list\)/,
    },
  ],
  [
    'unknown-indicator.csv',
    () => fixture('unknown-indicator.csv'),
    {
      row: 2,
      column: 'indicator',
      vi: /Không có chỉ tiêu mã "road_quality"/,
      en: /no indicator with code "road_quality"/,
    },
  ],
  [
    'year-out-of-range.csv',
    () => fixture('year-out-of-range.csv'),
    {
      row: 2,
      column: 'year',
      vi: /Năm "2031" không hợp lệ: nhận các năm từ 2015 đến 2030/,
      en: /The year "2031" is not valid: years 2015 to 2030/,
    },
  ],
  [
    'percent-140.csv',
    () => fixture('percent-140.csv'),
    {
      row: 2,
      column: 'value',
      vi: /140 nằm ngoài khoảng 0–100 %/,
      en: /140 is outside 0–100 %, the range of poverty_rate/,
    },
  ],
  [
    'status-iv.csv',
    () => fixture('status-iv.csv'),
    {
      row: 2,
      column: 'value',
      vi: /"IV" không phải khu vực hợp lệ/,
      en: /"IV" is not a valid area of especially_difficult_commune/,
    },
  ],
  [
    'flag-maybe.csv',
    () => fixture('flag-maybe.csv'),
    {
      row: 2,
      column: 'value',
      vi: /"maybe" không phải có\/không/,
      en: /"maybe" is not a yes\/no value of commune_road_paved/,
    },
  ],
  [
    'duplicate-row.csv',
    () => fixture('duplicate-row.csv'),
    {
      row: 4,
      column: 'value',
      vi: /Trùng dòng 2: cùng đơn vị 06040, chỉ tiêu poverty_rate và năm 2025/,
      en: /Repeats row 2: the same unit 06040, indicator poverty_rate and year 2025/,
    },
  ],
  [
    'name-mismatch.csv',
    () => fixture('name-mismatch.csv'),
    {
      row: 2,
      column: 'unit_name',
      vi: /Tên "Xã Đoàn Kết" không khớp với mã 06040, là Xã Thất Khê/,
      en: /The name "Xã Đoàn Kết" does not match the code 06040, which is Xã Thất Khê/,
    },
  ],
  [
    'empty.csv',
    () => fixture('empty.csv'),
    { row: null, column: null, vi: /^Tệp rỗng\.$/, en: /^The file is empty\.$/ },
  ],
  [
    'header-only.csv',
    () => fixture('header-only.csv'),
    { row: null, column: null, vi: /không có dòng số liệu nào/, en: /no data rows/ },
  ],
  [
    'missing-column.csv',
    () => fixture('missing-column.csv'),
    {
      row: 1,
      column: null,
      vi: /Thiếu cột bắt buộc: year \(nhận: year, nam\)/,
      en: /Missing required column: year \(accepted: year, nam\)/,
    },
  ],
  [
    'formula-cell.csv',
    () => fixture('formula-cell.csv'),
    {
      row: 2,
      column: 'document',
      vi: /trông như công thức bảng tính/,
      en: /"=HYPERLINK\(.*looks like a spreadsheet formula/,
    },
  ],
  [
    'bomb.xlsx',
    zipBomb,
    { row: null, column: null, vi: /giải nén lớn bất thường/, en: /expands abnormally \(more than 100 times/ },
  ],
  [
    'lying-bomb.xlsx',
    lyingZipBomb,
    { row: null, column: null, vi: /giải nén lớn bất thường/, en: /expands abnormally/ },
  ],
  [
    'path-trick.xlsx',
    pathTrick,
    {
      row: null,
      column: null,
      vi: /đường dẫn không hợp lệ \("\.\.\/\.\.\/evil\.xml"\)/,
      en: /unsafe path \("\.\.\/\.\.\/evil\.xml"\)/,
    },
  ],
  [
    'workbook.csv',
    () => workbook([['unit_code'], ['06040']]),
    { row: null, column: null, vi: /đuôi \.csv nhưng là bảng tính Excel/, en: /named \.csv but is an Excel workbook/ },
  ],
  [
    'not-a-workbook.xlsx',
    () => fixture('good-long.csv'),
    {
      row: null,
      column: null,
      vi: /đuôi \.xlsx nhưng không phải bảng tính Excel/,
      en: /named \.xlsx but is not an Excel workbook/,
    },
  ],
  [
    'oversized.csv',
    oversized,
    { row: null, column: null, vi: /lớn hơn giới hạn 5 MB/, en: /larger than the 5 MB limit/ },
  ],
  [
    'figures.xls',
    () => fixture('good-long.csv'),
    { row: null, column: null, vi: /Chỉ nhận tệp \.csv hoặc \.xlsx/, en: /Only \.csv or \.xlsx/ },
  ],
  [
    'wide-status.xlsx',
    () =>
      workbook([
        ['unit_code', 'year', 'especially_difficult_commune'],
        ['06040', 2025, 'IV'],
      ]),
    {
      row: 2,
      column: 'especially_difficult_commune',
      sheet: 'Số liệu',
      vi: /"IV" không phải khu vực hợp lệ/,
      en: /"IV" is not a valid area/,
    },
  ],
]

test.each(cases)('%s is refused, located, in both languages, and nothing changes', async (name, bytes, expected) => {
  const before = await importCounts(database.sql())
  const answer = await api.upload(planner.cookie, name, bytes(), 'Báo cáo 1')
  expect(answer.status).toBe(400)
  const body = answer.json()
  expect(body.error).toMatch(/^1 problem in .+; nothing was imported\.$/)
  expect(body.problems).toHaveLength(1)
  const [problem] = body.problems
  expect(problem).toMatchObject({
    file: name,
    sheet: expected.sheet ?? null,
    row: expected.row,
    column: expected.column,
  })
  expect(problem.message.vi).toMatch(expected.vi)
  expect(problem.message.en).toMatch(expected.en)
  expect(await importCounts(database.sql())).toEqual(before)
})

test('many problems: each is listed up to 200, and the sentence says how many more', async () => {
  const lines = Array.from({ length: 250 }, (_, index) => `99${String(index).padStart(3, '0')},,poverty_rate,2025,12,B`)
  const bytes = new TextEncoder().encode(`unit_code,unit_name,indicator,year,value,document\n${lines.join('\n')}\n`)
  const answer = await api.upload(planner.cookie, 'many.csv', bytes)
  expect(answer.status).toBe(400)
  expect(answer.json().error).toBe(
    '250 problems in many.csv (the first 200 are listed, 50 more are not); nothing was imported.',
  )
  expect(answer.json().problems).toHaveLength(200)
})

test('a value without any source document is refused', async () => {
  const bytes = new TextEncoder().encode('unit_code,indicator,year,value\n06040,poverty_rate,2025,12\n')
  const answer = await api.upload(planner.cookie, 'no-source.csv', bytes)
  expect(answer.json().problems[0]).toMatchObject({
    row: 2,
    message: { en: expect.stringMatching(/No source document/) },
  })
})

test('province figures and the census population are not imported', async () => {
  const bytes = new TextEncoder().encode('unit_code,year,income_per_capita,population\n06040,2025,3000,12000\n')
  const answer = await api.upload(planner.cookie, 'province.csv', bytes, 'B')
  expect(answer.json().problems.map((problem: { column: string }) => problem.column)).toEqual([
    'income_per_capita',
    'population',
  ])
})

test('a name with a path in it is refused', async () => {
  const answer = await api.upload(planner.cookie, '../../etc/passwd.csv', fixture('good-long.csv'), 'B')
  expect(answer.status).toBe(400)
  expect(answer.json().problems[0].message.en).toMatch(/must not contain a path/)
})

test('value problems and unit problems come in one answer, in file order', async () => {
  const bytes = new TextEncoder().encode(
    'unit_code,indicator,year,value\n06040,poverty_rate,2025,140\n99999,poverty_rate,2025,12\n',
  )
  const answer = await api.upload(planner.cookie, 'both.csv', bytes, 'B')
  expect(answer.status).toBe(400)
  expect(
    answer.json().problems.map((problem: { row: number; column: string }) => [problem.row, problem.column]),
  ).toEqual([
    [2, 'value'],
    [3, 'unit_code'],
  ])
})

// Issue #9: `/\s*%$/` over this cell took 14 s and held the server; a coarse deadline (seconds).
test('a 200 KB cell is refused before it is parsed, at once, saying the limit in both languages', async () => {
  const cell = `1${' '.repeat(200 * 1024)}2`
  const bytes = new TextEncoder().encode(`unit_code,indicator,year,value,document\n06040,poverty_rate,2025,${cell},B\n`)
  const started = performance.now()
  const answer = await api.upload(planner.cookie, 'long-cell.csv', bytes)
  expect(performance.now() - started).toBeLessThan(5000)
  expect(answer.status).toBe(400)
  expect(answer.json().problems).toEqual([
    expect.objectContaining({
      row: 2,
      column: 'value',
      message: {
        vi: expect.stringMatching(/quá giới hạn 1\.000 ký tự một ô/),
        en: expect.stringMatching(/more than the limit of 1,000 per cell/),
      },
    }),
  ])
})
