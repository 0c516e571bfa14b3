import { formatValue } from '../../web/format'
import type { Message } from '../message'
import { provenanceWords } from '../planning/export-table'
import { clauseWords } from '../planning/target-words'
import type { ReportFigures } from '../sql/report-figures'
import { type Block, type Cell, cell, type Run, text } from './blocks'
import { type Language, statusNames, words } from './report-words'

// Every target of the plan (section II) as the scoreboard answers it (/api/targets): the clause,
// the province figure with its provenance and what it counts, the status by the one rule with the
// rule in words, the figures since 2021, and the department the plan makes responsible. Numbers are
// written as the scoreboard writes them (web/format.ts, two decimals: the status is decided on them).

export type TargetRow = ReportFigures['scoreboard']['targets'][number]

const header: Message[] = [
  { vi: 'Chỉ tiêu và mục tiêu', en: 'Indicator and target' },
  { vi: 'Giá trị của tỉnh', en: 'Province figure' },
  { vi: 'Tình trạng', en: 'Status' },
  { vi: 'Từ năm 2021', en: 'Since 2021' },
  { vi: 'Cơ quan chủ trì', en: 'Responsible' },
]

export const indicatorName = (row: { nameVi: string; nameEn: string }, language: Language) =>
  language === 'vi' ? row.nameVi : row.nameEn

/** "Mục tiêu năm 2025: ≥ 80 % (mục II.2.1, ý thứ 4)". */
export function targetLine(row: TargetRow, language: Language): string {
  const target = language === 'vi' ? `Mục tiêu năm ${row.targetYear}` : `Target for ${row.targetYear}`
  return `${target}: ${row.words[language]} (${row.clauseWords[language]})`
}

/** The department as the plan names it (section IV), and where: "Sở Giao thông vận tải (mục IV.13)". */
export function departmentName(row: TargetRow, language: Language): string {
  const name = (language === 'vi' ? row.departmentVi : row.departmentEn) ?? '—'
  return row.departmentClause ? `${name} (${clauseWords(row.departmentClause)[language]})` : name
}

const sampleMark = (provenance: string | null, language: Language): Run[] =>
  provenance === 'sample' ? [text(` (${words.sampleMark[language]})`, { sample: true })] : []

/** The province figure of the report's year, its provenance and what it counts. */
export function provinceRuns(row: TargetRow, language: Language): Run[][] {
  const province = row.province
  if (!province) return [[text(words.noFigure[language])]]
  const provenance = province.provenance ?? 'none'
  const lines: Run[][] = [
    [text(formatValue(province.value, row.provinceUnit, language, true), { bold: true }), text(` (${province.year})`)],
    [text(provenanceWords[provenance][language], { sample: provenance === 'sample', italic: true })],
    [text(province.words[language])],
  ]
  if (row.communes) {
    const met: Message = {
      vi: `${row.communes.met}/${row.communes.total} xã đạt mục tiêu`,
      en: `${row.communes.met}/${row.communes.total} communes meet it`,
    }
    lines.push([text(met[language])])
  }
  return lines
}

/**
 * "2021: 12,2 %", one line per year up to the report's year. Sample figures are marked: once under
 * the list when all of them are, else each one.
 */
export function seriesRuns(row: TargetRow, year: number, language: Language): Run[][] {
  const points = row.series.filter((point) => point.year <= year)
  if (points.length === 0) return [[text('—')]]
  const allSample = points.every((point) => point.provenance === 'sample')
  const lines = points.map((point) => [
    text(`${point.year}: ${formatValue(point.value, row.provinceUnit, language, true)}`),
    ...(allSample ? [] : sampleMark(point.provenance, language)),
  ])
  return allSample ? [...lines, sampleMark('sample', language)] : lines
}

export function statusCell(row: TargetRow, language: Language): Cell {
  return cell(text(statusNames[row.status][language], { bold: true }), text(row.statusWords[language]))
}

function targetCell(row: TargetRow, language: Language): Cell {
  return cell(text(indicatorName(row, language), { bold: true }), text(targetLine(row, language)))
}

export function targetBlocks(figures: ReportFigures, language: Language): Block[] {
  const targets = figures.scoreboard.targets
  const rows = targets.map((row) => [
    targetCell(row, language),
    { lines: provinceRuns(row, language) },
    statusCell(row, language),
    { lines: seriesRuns(row, figures.year, language) },
    cell(text(departmentName(row, language))),
  ])
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: words.targets[language] },
    { kind: 'table', header: header.map((item) => item[language]), rows, widths: [28, 22, 22, 14, 14] },
  ]
  const sampled = targets.some(
    (row) =>
      row.province?.provenance === 'sample' ||
      row.series.some((point) => point.year <= figures.year && point.provenance === 'sample'),
  )
  if (sampled) blocks.push({ kind: 'warning', text: words.sampleWarning[language] })
  return blocks
}
