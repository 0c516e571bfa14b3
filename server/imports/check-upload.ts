import { createHash } from 'node:crypto'
import type { Sql } from '../db'
import { importCatalogue, lookUpUnits } from '../sql/import-checks'
import { parseDelimited } from './delimited'
import { type FileFormat, isZip, safeFileName } from './file-name'
import { limits } from './limits'
import { ProblemList, refusal } from './problem'
import { readRows } from './rows'
import type { Sheet } from './sheet'
import { decodeText } from './text-encoding'
import { type CheckedRow, checkUnits, vintageOf } from './unit-checks'
import { readXlsxSheets } from './xlsx-sheets'
import { zipProblem } from './zip-guard'

export type Upload = { fileName: string; bytes: Uint8Array; document: string | null }
export type CheckedUpload = {
  fileName: string
  checksum: string
  sizeBytes: number
  format: FileFormat
  layout: 'long' | 'wide'
  encoding: string
  document: string | null
  rows: CheckedRow[]
}
export type UploadCheck = { upload: CheckedUpload } | { refused: ReturnType<typeof refusal> }

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it replaces
const shownName = (name: string) => name.replace(/[\u0000-\u001f\u007f]/g, '?').slice(0, 200) || '(no name)'

/** The sheets of the file, or undefined when its format or content already failed (problems added). */
export async function readSheets(bytes: Uint8Array, format: FileFormat, problems: ProblemList) {
  if (format === 'xlsx') {
    if (!isZip(bytes))
      return void problems.add(
        {},
        {
          vi: 'Tệp có đuôi .xlsx nhưng không phải bảng tính Excel: hãy lưu lại từ Excel, hoặc đặt đuôi .csv nếu là CSV.',
          en: 'The file is named .xlsx but is not an Excel workbook: save it again from Excel, or name it .csv if it is a CSV.',
        },
      )
    const guard = zipProblem(bytes)
    if (guard) return void problems.add({}, guard)
    const read = await readXlsxSheets(bytes)
    if ('problem' in read) return void problems.add({}, read.problem)
    return { sheets: read.sheets, encoding: 'xlsx' }
  }
  if (isZip(bytes))
    return void problems.add(
      {},
      {
        vi: 'Tệp có đuôi .csv nhưng là bảng tính Excel (.xlsx): hãy đổi đuôi thành .xlsx hoặc lưu lại dưới dạng CSV.',
        en: 'The file is named .csv but is an Excel workbook (.xlsx): name it .xlsx or save it as CSV.',
      },
    )
  const { text, encoding } = decodeText(bytes)
  const parsed = parseDelimited(text)
  if ('problem' in parsed) return void problems.add({ row: parsed.row }, parsed.problem)
  return { sheets: [parsed.sheet] as Sheet[], encoding }
}

/**
 * Reads and checks an upload whole before anything is written: the name, the size, the format
 * and content, every row and value, the units in the database. Either every row is good, or the
 * answer lists the problems (the first 200) and nothing is stored.
 */
export async function checkUpload(sql: Sql, input: Upload): Promise<UploadCheck> {
  const named = safeFileName(input.fileName)
  const file = 'name' in named ? named.name : shownName(input.fileName)
  const problems = new ProblemList(file)
  const refused = () => ({ refused: refusal(file, problems.items, limits.problems) })
  if ('problem' in named) problems.add({}, named.problem)
  if (input.bytes.length > limits.fileBytes)
    problems.add(
      {},
      {
        vi: `Tệp lớn hơn giới hạn 5 MB (${(input.bytes.length / 1024 / 1024).toFixed(1).replace('.', ',')} MB): hãy chia thành nhiều tệp.`,
        en: `The file is larger than the 5 MB limit (${(input.bytes.length / 1024 / 1024).toFixed(1)} MB): split it into several files.`,
      },
    )
  if (input.bytes.length === 0) problems.add({}, { vi: 'Tệp rỗng.', en: 'The file is empty.' })
  if (problems.count > 0 || !('name' in named)) return refused()
  const read = await readSheets(input.bytes, named.format, problems)
  if (!read) return refused()
  const catalogue = await importCatalogue(sql)
  const { candidates, layout } = readRows(read.sheets, catalogue, problems)
  if (candidates.length > limits.values) {
    problems.add(
      {},
      {
        vi: `Tệp có ${candidates.length} giá trị, quá giới hạn ${limits.values}: hãy chia thành nhiều tệp.`,
        en: `The file holds ${candidates.length} values, more than the limit of ${limits.values}: split it into several files.`,
      },
    )
    return refused()
  }
  // The rows that read well are checked against the units even when others did not, so that a
  // planner sees every problem of the file in one answer rather than one kind per upload.
  const units = await lookUpUnits(
    sql,
    candidates.map((candidate) => ({
      code: candidate.unitCode,
      vintage: vintageOf(candidate),
      name: candidate.unitName,
    })),
  )
  const rows = checkUnits(candidates, units, input.document, problems)
  if (problems.count === 0 && rows.length === 0)
    problems.add(
      {},
      {
        vi: 'Tệp không có dòng số liệu nào (chỉ có tiêu đề, hoặc mọi ô giá trị đều trống).',
        en: 'The file has no data rows (only a header, or every value cell is empty).',
      },
    )
  if (problems.count > 0 || !layout) return refused()
  return {
    upload: {
      fileName: named.name,
      checksum: createHash('sha256').update(input.bytes).digest('hex'),
      sizeBytes: input.bytes.length,
      format: named.format,
      layout,
      encoding: read.encoding,
      document: input.document,
      rows,
    },
  }
}
