// CSV for spreadsheets (RFC 4180): UTF-8 with a byte-order mark so that Excel reads Vietnamese
// names correctly, CRLF line ends, quotes only where a field needs them, and metadata as leading
// `# ` comment lines.

export type Cell = string | number | boolean | null
export type Metadata = Record<string, string | number | Record<string, string | number>>

const byteOrderMark = '\uFEFF'
const lineEnd = '\r\n'

/**
 * Text that a spreadsheet would run as a formula (CSV injection, OWASP) gets a leading apostrophe:
 * = + - @ and a leading tab or carriage return. Only text cells: numbers are written as numbers,
 * so a negative gap stays a number.
 */
export function neutralised(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

function quoted(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** One field: numbers as written by JavaScript, yes/no for booleans, empty for no value. */
export function csvCell(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return ''
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : ''
  if (typeof cell === 'boolean') return cell ? 'yes' : 'no'
  return quoted(neutralised(cell))
}

/** `# key: value` lines; an object becomes one line per entry (`# weights.poverty_rate: 2`). */
export function metadataLines(metadata: Metadata): string[] {
  const oneLine = (text: string | number) => String(text).replace(/[\r\n]+/g, ' ')
  return Object.entries(metadata).flatMap(([key, value]) =>
    typeof value === 'object'
      ? Object.entries(value).map(([name, item]) => `# ${key}.${name}: ${oneLine(item)}`)
      : [`# ${key}: ${oneLine(value)}`],
  )
}

export function csvText(table: { metadata: Metadata; columns: string[]; rows: Record<string, Cell>[] }): string {
  const lines = [
    ...metadataLines(table.metadata),
    table.columns.map(csvCell).join(','),
    ...table.rows.map((row) => table.columns.map((column) => csvCell(row[column])).join(',')),
  ]
  return byteOrderMark + lines.join(lineEnd) + lineEnd
}
