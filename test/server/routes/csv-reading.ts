import { expect } from 'vitest'
import type { Answer } from './app'

/** Fields of one CSV line (RFC 4180: quoted fields may hold commas and doubled quotes). */
export function fields(line: string): string[] {
  const list: string[] = []
  let field = ''
  let quoted = false
  for (let index = 0; index < line.length; index += 1) {
    const character = line[index]!
    if (quoted && character === '"' && line[index + 1] === '"') {
      field += '"'
      index += 1
    } else if (character === '"') quoted = !quoted
    else if (character === ',' && !quoted) {
      list.push(field)
      field = ''
    } else field += character
  }
  return [...list, field]
}

/** The file as a spreadsheet user gets it: BOM stripped, `#` lines as metadata, then header and rows. */
export function parseCsv(answer: Answer) {
  expect(answer.text.startsWith('\uFEFF')).toBe(true)
  const lines = answer.text.slice(1).split('\r\n')
  expect(lines.pop()).toBe('')
  // A note line is `# key:` in one cell and the value in the next (planning/csv.ts).
  const metadata = lines.filter((line) => line.startsWith('# ')).map((line) => fields(line.slice(2)).join(' '))
  const [header, ...rows] = lines.filter((line) => !line.startsWith('#')).map(fields)
  return {
    metadata,
    header: header!,
    rows: rows.map((row) => Object.fromEntries(header!.map((name, index) => [name, row[index]]))),
  }
}
