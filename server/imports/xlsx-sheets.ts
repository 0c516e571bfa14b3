import readXlsxFile from 'read-excel-file/universal'
import type { Message } from './problem'
import type { Cell, Sheet } from './sheet'

const unreadable: Message = {
  vi: 'Không đọc được bảng tính .xlsx: hãy mở bằng Excel và lưu lại dưới dạng "Excel Workbook (.xlsx)".',
  en: 'The .xlsx workbook cannot be read: open it in Excel and save it as "Excel Workbook (.xlsx)".',
}

const cellOf = (value: unknown): Cell => {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  return String(value)
}

/**
 * The worksheets of an .xlsx (checked by zip-guard.ts first). Formulas count by the value Excel
 * saved with them; numbers stay numbers, so a code typed as a number has lost its leading zero.
 */
export async function readXlsxSheets(bytes: Uint8Array): Promise<{ sheets: Sheet[] } | { problem: Message }> {
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
    const workbook = await readXlsxFile(buffer, { trim: true })
    return {
      sheets: workbook.map(({ sheet, data }) => ({
        name: sheet,
        rows: data.map((cells, index) => ({ number: index + 1, cells: cells.map(cellOf) })),
      })),
    }
  } catch {
    return { problem: unreadable }
  }
}
