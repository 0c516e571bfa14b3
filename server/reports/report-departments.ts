import type { Message } from '../message'
import type { ReportFigures } from '../sql/report-figures'
import { type Block, cell, text } from './blocks'
import { departmentName, indicatorName, provinceRuns, type TargetRow, targetLine } from './report-targets'
import { type Language, statusNames, words } from './report-words'

// A section per department the plan makes responsible (section IV), with its targets. Departments
// are named as the plan names them: several were merged or renamed in 2025, and the portal holds no
// document to cite for a successor's name, so it names none.

const namesNote: Message = {
  vi: 'Tên các cơ quan được ghi đúng như trong Kế hoạch (năm 2022, mục IV). Năm 2025 một số sở đã được hợp nhất hoặc đổi tên; báo cáo không tự ghi tên cơ quan kế nhiệm vì cổng thông tin không có văn bản để dẫn nguồn, cơ quan lập báo cáo ghi bổ sung khi ban hành.',
  en: 'Departments are named as in the plan (2022, section IV). Several departments were merged or renamed in 2025; the report names no successor, as the portal holds no document to cite for one: the issuing agency adds them.',
}

const header: Message[] = [
  { vi: 'Chỉ tiêu và mục tiêu', en: 'Indicator and target' },
  { vi: 'Giá trị của tỉnh', en: 'Province figure' },
  { vi: 'Tình trạng', en: 'Status' },
]

/** "IV.13" → 13, for the plan's order; a department without a clause goes last. */
const clauseOrder = (clause: string | null) => Number(clause?.match(/IV\.(\d+)/)?.[1] ?? 99)

/** The departments in the plan's order (IV.1, IV.2, …), each with its targets. */
export function departmentGroups(targets: TargetRow[]) {
  const groups = new Map<string, TargetRow[]>()
  for (const row of targets) {
    const key = `${row.departmentClause ?? ''}|${row.departmentVi ?? ''}`
    groups.set(key, [...(groups.get(key) ?? []), row])
  }
  return [...groups.values()].sort(
    (a, b) =>
      clauseOrder(a[0]!.departmentClause) - clauseOrder(b[0]!.departmentClause) ||
      (a[0]!.departmentVi ?? '').localeCompare(b[0]!.departmentVi ?? '', 'vi'),
  )
}

function statusCount(rows: TargetRow[], language: Language): string {
  const counts = new Map<string, number>()
  for (const row of rows) counts.set(row.status, (counts.get(row.status) ?? 0) + 1)
  const parts = [...counts].map(
    ([status, count]) => `${count} ${statusNames[status as TargetRow['status']][language].toLowerCase()}`,
  )
  return language === 'vi'
    ? `${rows.length} mục tiêu: ${parts.join(', ')}.`
    : `${rows.length} target${rows.length === 1 ? '' : 's'}: ${parts.join(', ')}.`
}

export function departmentBlocks(figures: ReportFigures, language: Language): Block[] {
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: words.departments[language] },
    { kind: 'paragraph', runs: [text(namesNote[language])], muted: true },
  ]
  departmentGroups(figures.scoreboard.targets).forEach((rows, index) => {
    blocks.push(
      { kind: 'heading', level: 2, text: `5.${index + 1}. ${departmentName(rows[0]!, language)}` },
      { kind: 'paragraph', runs: [text(statusCount(rows, language))] },
      {
        kind: 'table',
        header: header.map((item) => item[language]),
        widths: [44, 30, 26],
        rows: rows.map((row) => [
          cell(text(indicatorName(row, language), { bold: true }), text(targetLine(row, language))),
          { lines: provinceRuns(row, language) },
          cell(text(statusNames[row.status][language], { bold: true })),
        ]),
      },
    )
    // A department's section may be sent on its own: it carries the warning when it shows a sample figure.
    if (rows.some((row) => row.province?.provenance === 'sample'))
      blocks.push({ kind: 'warning', text: words.sampleWarning[language] })
  })
  return blocks
}
