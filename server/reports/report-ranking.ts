import { formatNumber, formatValue } from '../../web/format'
import type { Message } from '../message'
import { provenanceWords } from '../planning/export-table'
import { methodText } from '../planning/ranking-table'
import type { Indicator } from '../sql/indicators'
import type { ReportFigures } from '../sql/report-figures'
import { type Block, type Cell, cell, text } from './blocks'
import { type Language, words } from './report-words'

// The ten most disadvantaged communes of the ranking (/api/ranking with the report's parameters,
// by default the headline indicators weighted equally), each with what drives its score: the
// indicators with the largest shares of it, and the commune's value of each.

type Item = ReportFigures['ranking']['items'][number]
export const reportedRanks = 10
const drivers = 3

const header: Message[] = [
  { vi: 'Hạng', en: 'Rank' },
  { vi: 'Xã, phường', en: 'Commune' },
  { vi: 'Điểm (0–100)', en: 'Score (0–100)' },
  {
    vi: 'Yếu tố chính (phần của điểm; giá trị của xã)',
    en: 'What drives it (share of the score; the commune’s value)',
  },
  { vi: 'Nguồn gốc', en: 'Provenance' },
]

const nameOf = (indicator: Indicator | undefined, code: string, language: Language) =>
  indicator ? (language === 'vi' ? indicator.nameVi : indicator.nameEn) : code

/** A value as the ranking table shows it: a status or yes/no carried from former units is a share, in percent. */
function valueWords(value: Item['values'][string], indicator: Indicator | undefined, language: Language) {
  const carriedShare = typeof value === 'number' && indicator !== undefined && indicator.valueType !== 'number'
  return formatValue(value, carriedShare ? 'percent' : (indicator?.unit ?? ''), language)
}

function driversCell(item: Item, catalogue: Indicator[], language: Language): Cell {
  const shares = Object.entries(item.contributions)
    .filter(([, share]) => share > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, drivers)
  if (shares.length === 0) return cell(text('—'))
  return cell(
    ...shares.map(([code, share]) => {
      const indicator = catalogue.find((entry) => entry.code === code)
      const part = formatValue(share * 100, 'percent', language)
      return text(
        `${nameOf(indicator, code, language)}: ${part}; ${valueWords(item.values[code] ?? null, indicator, language)}`,
      )
    }),
  )
}

export function rankingBlocks(figures: ReportFigures, language: Language): Block[] {
  const { ranking, catalogue } = figures
  const weighted = Object.entries(ranking.weights)
    .map(
      ([code, weight]) =>
        `${nameOf(
          catalogue.find((entry) => entry.code === code),
          code,
          language,
        )} × ${formatValue(weight, 'count', language)}`,
    )
    .join('; ')
  const method: Message = {
    vi: `Xếp hạng khó khăn tổng hợp năm ${ranking.year} của 65 xã, phường. Chỉ tiêu và trọng số: ${weighted}. Điểm = 100 × Σ (trọng số × mức khó khăn) / Σ trọng số, 100 là khó khăn nhất; hạng 1 là điểm cao nhất. Chuẩn hóa ${methodText[ranking.method].vi}.`,
    en: `Composite disadvantage ranking of the 65 communes and wards in ${ranking.year}. Indicators and weights: ${weighted}. Score = 100 × Σ (weight × disadvantage) / Σ weight, 100 the most disadvantaged; rank 1 is the highest score. Normalisation ${methodText[ranking.method].en}.`,
  }
  const top = ranking.items.filter((item) => item.rank !== null && item.rank <= reportedRanks)
  const rows = top.map((item) => [
    cell(text(String(item.rank))),
    cell(text(item.name, { bold: true })),
    cell(text(item.score === null ? '—' : formatNumber(item.score, language, 2))),
    driversCell(item, catalogue, language),
    cell(
      text(provenanceWords[item.provenance ?? 'none'][language], {
        sample: item.provenance === 'sample',
        italic: true,
      }),
    ),
  ])
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: words.ranking[language] },
    { kind: 'paragraph', runs: [text(method[language])] },
    { kind: 'table', header: header.map((item) => item[language]), rows, widths: [8, 20, 12, 45, 15] },
  ]
  if (ranking.missing.length > 0) {
    const missing: Message = {
      vi: `Không xếp hạng (thiếu giá trị của một chỉ tiêu có trọng số): ${ranking.missing.map((item) => item.name).join(', ')}.`,
      en: `Not ranked (a weighted indicator has no value): ${ranking.missing.map((item) => item.name).join(', ')}.`,
    }
    blocks.push({ kind: 'paragraph', runs: [text(missing[language])], muted: true })
  }
  if (top.some((item) => item.provenance === 'sample'))
    blocks.push({ kind: 'warning', text: words.sampleWarning[language] })
  return blocks
}
