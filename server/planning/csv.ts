// CSV for spreadsheets (RFC 4180): UTF-8 with a byte-order mark so that Excel reads Vietnamese
// names correctly, CRLF line ends, quotes only where a field needs them, and metadata as leading
// `#` note lines. Every CSV the portal writes goes through here: no cell, in a note line or not,
// starts a formula.

import type { Message } from '../message'
import { metadataLabels } from './metadata-labels'

export type Cell = string | number | boolean | null
/** A metadata entry: a value, words in both languages, or named parts of either. */
type Entry = string | number | Message
export type Metadata = Record<string, Entry | Record<string, Entry>>

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

/** Text on one line: a line break inside a `#` line would end the note and start a data row. */
const oneLine = (text: string) => text.replace(/[\r\n]+/g, ' ')

/**
 * A `#` note line as a spreadsheet splits it: `# label` alone in the first cell, the value in the
 * second, quoted and neutralised like any data cell, so that a value holding commas stays one cell
 * and never starts a formula (issue #9: `# valueSources: a,=HYPERLINK(…)` became a formula cell).
 * The portal's import skips the whole line (delimited.ts: `#` lines are notes).
 */
export function noteLine(label: string, value?: Cell): string {
  const first = label ? `# ${label.replace(/[",\r\n]/g, ' ')}` : '#'
  if (value === undefined) return first
  return `${first},${csvCell(typeof value === 'string' ? oneLine(value) : value)}`
}

const isMessage = (value: object): value is Message =>
  typeof (value as Message).vi === 'string' && typeof (value as Message).en === 'string'

/** Words in both languages in one cell, Vietnamese first, as the import template writes them. */
const entryCell = (value: Entry): Cell => (typeof value === 'object' ? `${value.vi} / ${value.en}` : value)

/** "Trọng số / weights.poverty_rate": the Vietnamese label and the key. */
const labelOf = (key: string, name?: string) => {
  const path = name === undefined ? key : `${key}.${name}`
  return metadataLabels[key] ? `${metadataLabels[key]} / ${path}:` : `${path}:`
}

/**
 * `# Nhãn / key:` lines with the value in the next cell; an object of named parts becomes one line
 * per part (`# Trọng số / weights.poverty_rate:,2`).
 */
export function metadataLines(metadata: Metadata): string[] {
  return Object.entries(metadata).flatMap(([key, value]) =>
    typeof value === 'object' && !isMessage(value)
      ? Object.entries(value).map(([name, item]) => noteLine(labelOf(key, name), entryCell(item)))
      : [noteLine(labelOf(key), entryCell(value))],
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
