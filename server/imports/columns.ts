import { foldWords } from './cell-values'
import type { Message } from './problem'
import type { Cell } from './sheet'

export type Field = 'unitCode' | 'unitName' | 'vintage' | 'indicator' | 'year' | 'value' | 'document'

/** Header names accepted for each column, English and Vietnamese, compared without marks or case. */
export const headerNames: Record<Field, string[]> = {
  unitCode: ['unit_code', 'code', 'ma_don_vi', 'ma_dvhc', 'ma_xa', 'ma'],
  unitName: ['unit_name', 'name', 'ten_don_vi', 'ten_dvhc', 'ten_xa', 'ten'],
  vintage: ['vintage', 'unit_list', 'danh_muc', 'nam_danh_muc'],
  indicator: ['indicator', 'indicator_code', 'chi_tieu', 'ma_chi_tieu'],
  year: ['year', 'nam'],
  value: ['value', 'gia_tri', 'so_lieu'],
  document: ['document', 'source', 'source_document', 'van_ban', 'nguon', 'van_ban_nguon', 'can_cu'],
}
/** Columns a planner may keep for themselves (row numbers, notes): read by nobody. */
const ignoredNames = new Set(['stt', 'no', 'note', 'notes', 'ghi_chu'])

const headerKey = (cell: Cell) => foldWords(String(cell ?? '')).replace(/ /g, '_')
const fieldOf = new Map(
  Object.entries(headerNames).flatMap(([field, names]) => names.map((name) => [name, field as Field])),
)

export type Layout =
  | { kind: 'long'; fields: Partial<Record<Field, number>> }
  | { kind: 'wide'; fields: Partial<Record<Field, number>>; indicators: { code: string; index: number }[] }

export type ColumnProblem = { column: string | null; message: Message }

const accepted = (field: Field) => headerNames[field].join(', ')
const missing = (fields: Field[]): Message => ({
  vi: `Thiếu cột bắt buộc: ${fields.map((field) => `${headerNames[field][0]} (nhận: ${accepted(field)})`).join('; ')}.`,
  en: `Missing required column: ${fields.map((field) => `${headerNames[field][0]} (accepted: ${accepted(field)})`).join('; ')}.`,
})

/**
 * The layout a header row describes. Long: one value per row (unit_code, indicator, year, value).
 * Wide: one row per unit and year, one column per indicator, headed by its code.
 */
export function readHeader(header: Cell[], indicatorCodes: Set<string>): Layout | { problems: ColumnProblem[] } {
  const fields: Partial<Record<Field, number>> = {}
  const others: { key: string; index: number; text: string }[] = []
  const problems: ColumnProblem[] = []
  header.forEach((cell, index) => {
    const key = headerKey(cell)
    const field = fieldOf.get(key)
    if (key === '' || ignoredNames.has(key)) return
    if (field && fields[field] !== undefined)
      problems.push({
        column: String(cell),
        message: { vi: `Cột "${cell}" bị lặp lại.`, en: `The column "${cell}" appears twice.` },
      })
    else if (field) fields[field] = index
    else others.push({ key, index, text: String(cell) })
  })
  const long = fields.indicator !== undefined || fields.value !== undefined
  const required: Field[] = long ? ['unitCode', 'indicator', 'year', 'value'] : ['unitCode', 'year']
  const absent = required.filter((field) => fields[field] === undefined)
  if (absent.length > 0) problems.push({ column: null, message: missing(absent) })
  if (long) return problems.length > 0 ? { problems } : { kind: 'long', fields }
  const indicators = others.flatMap(({ key, index, text }) => {
    if (indicatorCodes.has(key)) return [{ code: key, index }]
    problems.push({
      column: text,
      message: {
        vi: `Cột "${text.slice(0, 60)}" không phải mã chỉ tiêu nào (bố cục ngang: mỗi cột một mã chỉ tiêu, ví dụ poverty_rate).`,
        en: `The column "${text.slice(0, 60)}" is not an indicator code (wide layout: one column per indicator code, e.g. poverty_rate).`,
      },
    })
    return []
  })
  if (indicators.length === 0 && problems.length === 0)
    problems.push({
      column: null,
      message: {
        vi: 'Không có cột giá trị: bố cục dọc cần cột indicator và value; bố cục ngang cần ít nhất một cột mã chỉ tiêu.',
        en: 'No value column: the long layout needs indicator and value columns; the wide layout at least one indicator-code column.',
      },
    })
  return problems.length > 0 ? { problems } : { kind: 'wide', fields, indicators }
}
