import type { Value } from './cell-values'
import { vintageOfYear, vintageYears } from './limits'
import type { Message, ProblemList } from './problem'
import type { Candidate } from './rows'

/** A value whose unit, year and source are known: what a draft batch stores. */
export type CheckedRow = {
  sheet: string | null
  row: number
  indicator: string
  unitId: number
  year: number
  value: Value
  document: string
}

export type UnitAnswer = {
  id: number | null
  level: string | null
  officialName: string | null
  nameMatches: boolean
  communeVintages: string[]
}

/** The list a candidate's unit belongs to: the one named, or the one of its year. */
export const vintageOf = (candidate: Candidate) => candidate.vintage ?? vintageOfYear(candidate.year)

/** What is wrong with a candidate's unit, and the column to point at. */
function unitProblem(candidate: Candidate, unit: UnitAnswer): { column: string; message: Message } | undefined {
  const message = unitMessage(candidate, unit)
  if (!message) return undefined
  const columns = candidate.unitColumns
  const column =
    message.en.startsWith('The year') && columns.vintage
      ? columns.vintage
      : message.en.startsWith('The name') && columns.name
        ? columns.name
        : columns.code
  return { column, message }
}

function unitMessage(candidate: Candidate, unit: UnitAnswer): Message | undefined {
  const { unitCode: code, year } = candidate
  const vintage = vintageOf(candidate)
  const yearVintage = vintageOfYear(year)
  if (vintage !== yearVintage)
    return {
      vi: `Năm ${year} dùng danh mục đơn vị ${yearVintage} (các năm ${vintageYears[yearVintage]}), không phải danh mục ${vintage}.`,
      en: `The year ${year} takes units of the ${yearVintage} list (years ${vintageYears[yearVintage]}), not of the ${vintage} list.`,
    }
  if (unit.id === null && unit.communeVintages.length > 0)
    return {
      vi: `Mã ${code} không thuộc danh mục ${vintage} dùng cho năm ${year} (mã này thuộc danh mục ${unit.communeVintages.join(', ')}).`,
      en: `The code ${code} is not in the ${vintage} list used for ${year} (it belongs to the ${unit.communeVintages.join(', ')} list).`,
    }
  if (unit.id === null)
    return {
      vi: `Không có đơn vị hành chính mã ${code} trong danh mục ${vintage}.`,
      en: `There is no administrative unit with code ${code} in the ${vintage} list.`,
    }
  if (unit.level !== 'commune')
    return {
      vi: `${code} (${unit.officialName}) không phải xã, phường: số liệu được nhập theo từng xã.`,
      en: `${code} (${unit.officialName}) is not a commune or ward: values are imported per commune.`,
    }
  if (!unit.nameMatches)
    return {
      vi: `Tên "${candidate.unitName?.slice(0, 60)}" không khớp với mã ${code}, là ${unit.officialName}.`,
      en: `The name "${candidate.unitName?.slice(0, 60)}" does not match the code ${code}, which is ${unit.officialName}.`,
    }
  return undefined
}

/**
 * The candidates whose unit exists in the right list under that name, with a source document and
 * no earlier row for the same unit, indicator and year; every other one becomes a problem.
 */
export function checkUnits(
  candidates: Candidate[],
  units: UnitAnswer[],
  defaultDocument: string | null,
  problems: ProblemList,
): CheckedRow[] {
  const seen = new Map<string, Candidate>()
  const rows: CheckedRow[] = []
  const reported = new Set<string>()
  candidates.forEach((candidate, index) => {
    const unit = units[index]!
    const where = { sheet: candidate.sheet, row: candidate.row }
    const problem = unitProblem(candidate, unit)
    if (problem) {
      // One problem per row and unit, not one per indicator column of a wide row.
      const key = `${candidate.sheet}|${candidate.row}|${problem.message.en}`
      if (!reported.has(key)) problems.add({ ...where, column: problem.column }, problem.message)
      reported.add(key)
      return
    }
    const key = `${unit.id}|${candidate.indicator}|${candidate.year}`
    const first = seen.get(key)
    if (first) {
      const place = first.sheet === candidate.sheet ? `${first.row}` : `${first.row} (${first.sheet})`
      problems.add(
        { ...where, column: candidate.column },
        {
          vi: `Trùng dòng ${place}: cùng đơn vị ${candidate.unitCode}, chỉ tiêu ${candidate.indicator} và năm ${candidate.year}.`,
          en: `Repeats row ${place}: the same unit ${candidate.unitCode}, indicator ${candidate.indicator} and year ${candidate.year}.`,
        },
      )
      return
    }
    seen.set(key, candidate)
    const document = candidate.document ?? defaultDocument
    if (!document) {
      problems.add(where, {
        vi: 'Thiếu văn bản nguồn: điền cột document (văn bản) hoặc nhập văn bản nguồn khi tải tệp lên.',
        en: 'No source document: fill the document column or give the source document when uploading.',
      })
      return
    }
    const { sheet, row, indicator, year, value } = candidate
    rows.push({ sheet, row, indicator, unitId: unit.id!, year, value, document })
  })
  return rows
}
