import { CsvError, parse } from 'csv-parse/sync'
import { limits } from './limits'
import type { Message } from './problem'
import type { Sheet } from './sheet'

export type Separator = ',' | ';' | '\t'
const separators: Separator[] = [',', ';', '\t']

/** The header line: the first that is neither blank nor a `#` comment (the template's notes). */
const headerLine = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/, 50)
    .find((line) => line.trim() !== '' && !line.startsWith('#')) ?? ''

/**
 * The separator of the header line: the one it holds most of, outside quotes. Vietnamese Excel
 * writes semicolons (its decimal separator is the comma), "Unicode text" tabs, everyone else commas.
 */
export function detectSeparator(text: string): Separator {
  const counts = new Map<Separator, number>(separators.map((separator) => [separator, 0]))
  let quoted = false
  for (const character of headerLine(text)) {
    if (character === '"') quoted = !quoted
    else if (!quoted && (character === '\n' || character === '\r')) break
    else if (!quoted && counts.has(character as Separator))
      counts.set(character as Separator, counts.get(character as Separator)! + 1)
  }
  return separators.reduce((best, separator) => (counts.get(separator)! > counts.get(best)! ? separator : best))
}

type Parsed = { sheet: Sheet; separator: Separator } | { problem: Message; row: number | null }

/**
 * The rows of delimited text, numbered by their line in the file (the last line of a quoted field
 * that spans several); lines starting with # are notes; at most the row limit and one more.
 */
export function parseDelimited(text: string): Parsed {
  const separator = detectSeparator(text)
  try {
    const records = parse(text.replace(/^\uFEFF/, ''), {
      delimiter: separator,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      comment: '#',
      comment_no_infix: true,
      info: true,
      to: limits.dataRows + 2,
    }) as unknown as { record: string[]; info: { lines: number } }[]
    const rows = records.map(({ record, info }) => ({ number: info.lines, cells: record }))
    return { sheet: { name: null, rows }, separator }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error
    const row = (error as CsvError & { lines?: number }).lines ?? null
    return {
      row,
      problem: {
        vi: 'Không đọc được tệp CSV (dấu ngoặc kép không đóng?). Hãy lưu lại từ Excel dưới dạng "CSV UTF-8".',
        en: 'The CSV file cannot be read (an unclosed quote?). Save it again from Excel as "CSV UTF-8".',
      },
    }
  }
}
