import {
  foldWords,
  formulaMessage,
  isBlank,
  isTooLong,
  looksLikeFormula,
  parseUnitCode,
  parseValue,
  tooLongMessage,
} from '../imports/cell-values'
import { readSheets } from '../imports/check-upload'
import { headerNames } from '../imports/columns'
import { safeFileName } from '../imports/file-name'
import { limits } from '../imports/limits'
import { ProblemList, refusal } from '../imports/problem'
import type { Cell, Sheet } from '../imports/sheet'
import type { Override, OverrideField, Region } from './criteria'
import { resultColumns } from './scenario-table'

// A scenario's overrides read from a CSV or .xlsx file in the import's style (server/imports: the
// same encodings, separators, zip guard, formula guard and problems located by sheet, row and
// column), e.g. the scenario's own export edited in a spreadsheet. Either every row reads, or the
// answer lists the problems and nothing changes.

const fieldNames: Record<OverrideField, string[]> = {
  region: ['region', 'khu_vuc', 'kv'],
  safeZone: ['safe_zone', 'an_toan_khu', 'atk', 'xa_atk'],
  border: ['border', 'bien_gioi', 'xa_bien_gioi'],
  villages: ['villages', 'so_thon_dbkk', 'thon_dbkk', 'so_thon_dac_biet_kho_khan'],
  ethnicMinorityShare: ['ethnic_minority_share', 'ty_le_dtts', 'ty_le_dan_toc_thieu_so'],
}
const kinds = {
  region: { code: 'region', unit: 'status', valueType: 'category' },
  safeZone: { code: 'safe_zone', unit: 'flag', valueType: 'flag' },
  border: { code: 'border', unit: 'flag', valueType: 'flag' },
  villages: { code: 'villages', unit: 'count', valueType: 'number' },
  ethnicMinorityShare: { code: 'ethnic_minority_share', unit: 'percent', valueType: 'number' },
} as const
const skipped = new Set([...headerNames.unitName, ...resultColumns, 'stt', 'no', 'note', 'notes', 'ghi_chu'])
const key = (cell: Cell) => foldWords(String(cell ?? '')).replace(/ /g, '_')

type Columns = { code: number; fields: Partial<Record<OverrideField, number>> }

function readHeader(header: Cell[], where: { sheet: string | null; row: number }, problems: ProblemList) {
  const columns: Columns = { code: -1, fields: {} }
  header.forEach((cell, index) => {
    const name = key(cell)
    const field = (Object.keys(fieldNames) as OverrideField[]).find((item) => fieldNames[item].includes(name))
    if (headerNames.unitCode.includes(name)) columns.code = index
    else if (field) columns.fields[field] = index
    else if (name !== '' && !skipped.has(name) && !/_(points|provenance)$/.test(name))
      problems.add(
        { ...where, column: String(cell).slice(0, 60) },
        {
          vi: `Cột "${String(cell).slice(0, 60)}" không phải cột điều chỉnh: nhận unit_code, region, safe_zone, border, villages, ethnic_minority_share.`,
          en: `The column "${String(cell).slice(0, 60)}" is not an override column: unit_code, region, safe_zone, border, villages, ethnic_minority_share are read.`,
        },
      )
  })
  if (columns.code < 0)
    problems.add(where, { vi: 'Thiếu cột unit_code (mã xã).', en: 'The unit_code column (commune code) is missing.' })
  return columns
}

/** A `#` line is a note, as in the import's CSV (the export's parameters sheet holds only those). */
const isNote = (row: Sheet['rows'][number]) => String(row.cells[0] ?? '').startsWith('#')

function readSheet(sheet: Sheet, communes: Set<string>, problems: ProblemList, out: Map<string, Override>) {
  const rows = sheet.rows.filter((row) => !isNote(row))
  const start = rows.findIndex((row) => row.cells.some((cell) => !isBlank(cell)))
  if (start < 0) return
  const header = rows[start]!
  const columns = readHeader(header.cells, { sheet: sheet.name, row: header.number }, problems)
  if (columns.code < 0) return
  for (const row of rows.slice(start + 1)) {
    const where = (index: number) => ({ sheet: sheet.name, row: row.number, column: String(header.cells[index]) })
    const long = row.cells.findIndex(isTooLong)
    if (long >= 0) {
      problems.add(where(long), tooLongMessage(String(row.cells[long]).length))
      continue
    }
    if (row.cells.every(isBlank)) continue
    const code = parseUnitCode(row.cells[columns.code] ?? null)
    if ('problem' in code) {
      problems.add(where(columns.code), code.problem)
      continue
    }
    if (!communes.has(code.value) || out.has(code.value)) {
      problems.add(where(columns.code), {
        vi: out.has(code.value) ? `Xã ${code.value} có hai dòng.` : `${code.value} không phải một trong 65 xã, phường.`,
        en: out.has(code.value)
          ? `The commune ${code.value} has two rows.`
          : `${code.value} is not one of the 65 communes.`,
      })
      continue
    }
    const override: Override = { code: code.value }
    for (const [field, index] of Object.entries(columns.fields) as [OverrideField, number][]) {
      const cell = row.cells[index] ?? null
      if (isBlank(cell)) continue
      if (looksLikeFormula(cell)) problems.add(where(index), formulaMessage(String(cell)))
      else {
        const value = parseValue(cell, kinds[field])
        if ('problem' in value) problems.add(where(index), value.problem)
        else if (field === 'villages' && (value.value as number) > 1000)
          problems.add(where(index), { vi: 'Số thôn quá 1.000.', en: 'More than 1,000 villages.' })
        else (override as Record<string, unknown>)[field] = field === 'region' ? (value.value as Region) : value.value
      }
    }
    out.set(code.value, override)
  }
}

/** The overrides a file gives, one per commune row, or the refusal listing every problem found. */
export async function readOverrideFile(file: { name: string; bytes: Uint8Array }, communes: Set<string>) {
  const named = safeFileName(file.name)
  const problems = new ProblemList('name' in named ? named.name : 'file')
  if ('problem' in named) problems.add({}, named.problem)
  else {
    const read = await readSheets(file.bytes, named.format, problems)
    const out = new Map<string, Override>()
    for (const sheet of read?.sheets ?? [])
      if (!/huong dan|guide|readme/.test(foldWords(sheet.name ?? ''))) readSheet(sheet, communes, problems, out)
    if (problems.count === 0 && out.size === 0)
      problems.add({}, { vi: 'Tệp không có dòng xã nào.', en: 'The file has no commune rows.' })
    if (problems.count === 0) return { overrides: [...out.values()], rows: out.size }
  }
  return { refused: refusal(problems.file, problems.items, limits.problems) }
}
