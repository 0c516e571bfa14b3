import { zipSync } from 'fflate'
import {
  fixture,
  lyingZipBomb,
  oversized,
  pathTrick,
  utf16,
  workbook,
  zipBomb,
} from '../../test/fixtures/imports/files'
import type { FuzzCase } from './cases'

// Multipart bodies for the upload route: bad files, bad file names, bad fields. The files come from
// the import tests' fixtures (test/fixtures/imports), the project's hand-made bad uploads.

const formOf = (fields: [string, string | File][]) => {
  const form = new FormData()
  for (const [name, value] of fields) form.append(name, value)
  return form
}
const file = (bytes: Uint8Array, name: string) => new File([bytes as Uint8Array<ArrayBuffer>], name)
const text = (value: string) => new TextEncoder().encode(value)

const badFiles: [string, () => Uint8Array][] = [
  ['empty', () => new Uint8Array(0)],
  ['one NUL', () => new Uint8Array(1)],
  ['random bytes', () => Uint8Array.from({ length: 4096 }, (_, index) => (index * 2654435761) >>> 24)],
  ['a zip signature only', () => text('PK\u0003\u0004')],
  ['a header of 200 columns', () => text(`${Array.from({ length: 200 }, (_, index) => `c${index}`).join(',')}\n1\n`)],
  ['20,001 data rows', () => text(`unit_code,year,poverty_rate\n${'06040,2025,1\n'.repeat(20_001)}`)],
  ['an unclosed quote', () => text('unit_code,year,poverty_rate\n"06040,2025,1\n')],
  ['a BOM only', () => new Uint8Array([0xef, 0xbb, 0xbf])],
  ['UTF-16 of nothing', () => utf16('')],
  ['UTF-16 odd length', () => new Uint8Array([0xff, 0xfe, 0x41])],
  ['nested quotes and NULs', () => text('unit_code,year,poverty_rate\n"\u0000""",2025,"1\u0000"\n')],
  ['a formula everywhere', () => text('=1,+2,@3\n=1,+2,@3\n')],
  // Issue #9: a quadratic pattern made this cell take 14 s.
  [
    'a 200 KB cell of spaces between two digits',
    () => text(`unit_code,year,poverty_rate\n06040,2025,1${' '.repeat(200 * 1024)}2\n`),
  ],
  ['huge numbers', () => text('unit_code,year,poverty_rate\n99999999999999999999,1e309,1e309\n')],
  ['a workbook of nothing', () => workbook([])],
  [
    'a workbook with a 10 kB cell',
    () =>
      workbook([
        ['unit_code', 'year', 'poverty_rate'],
        ['x'.repeat(10_240), 2025, 1],
      ]),
  ],
  ['a zip bomb', zipBomb],
  ['a lying zip bomb', lyingZipBomb],
  ['a path trick', pathTrick],
  [
    'a zip of 150 entries',
    () => zipSync(Object.fromEntries(Array.from({ length: 150 }, (_, index) => [`${index}.xml`, new Uint8Array(1)]))),
  ],
  ['a broken workbook', () => zipSync({ 'xl/workbook.xml': text('<workbook><sheets><sheet') })],
  ['oversized', oversized],
  ['a good file', () => fixture('good-long.csv')],
  ['the wide fixture', () => fixture('good-wide-semicolon.csv')],
]

/** Bad files under both extensions, bad names for a good file, bad document fields, missing and repeated fields. */
export function uploadCases(url: string, badText: string[]): FuzzCase[] {
  const good = () => fixture('good-long.csv')
  const cases: Omit<FuzzCase, 'kind'>[] = [
    ...badFiles.flatMap(([label, bytes]) =>
      ['x.csv', 'x.xlsx'].map((name) => ({
        label: `file ${label} as ${name}`,
        url,
        form: formOf([
          ['file', file(bytes(), name)],
          ['document', 'fuzz'],
        ]),
      })),
    ),
    ...badText.map((name) => ({
      label: `file name ${JSON.stringify(name).slice(0, 40)}`,
      url,
      form: formOf([['file', file(good(), name)]]),
    })),
    ...badText.map((value) => ({
      label: `document ${JSON.stringify(value).slice(0, 40)}`,
      url,
      form: formOf([
        ['file', file(fixture('header-only.csv'), 'x.csv')],
        ['document', value],
      ]),
    })),
    { label: 'no file', url, form: formOf([['document', 'fuzz']]) },
    { label: 'file as text', url, form: formOf([['file', 'unit_code,year\n']]) },
    {
      label: 'two files',
      url,
      form: formOf([
        ['file', file(good(), 'a.csv')],
        ['file', file(good(), 'b.csv')],
      ]),
    },
    { label: 'file[]', url, form: formOf([['file[]', file(good(), 'a.csv')]]) },
    {
      label: 'two documents',
      url,
      form: formOf([
        ['file', file(good(), 'a.csv')],
        ['document', 'a'],
        ['document', 'b'],
      ]),
    },
    {
      label: 'a cut multipart body',
      url,
      rawBody: '--x\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nabc',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
    },
    { label: 'multipart without boundary', url, rawBody: 'abc', headers: { 'content-type': 'multipart/form-data' } },
  ]
  return cases.map((item) => ({ kind: 'upload', ...item }))
}
