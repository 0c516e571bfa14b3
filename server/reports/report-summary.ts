import type { Message } from '../message'
import type { TargetStatus } from '../planning/target-status'
import { ruleWords } from '../planning/target-words'
import type { ReportFigures } from '../sql/report-figures'
import { type Block, text } from './blocks'
import { type Language, momentIn, planName, statusNames, words } from './report-words'

// The report's first page: title and period, what it was made from, and a summary in numbers.

const statuses: TargetStatus[] = ['met', 'on-track', 'off-track', 'no-data']

export function titleBlocks(figures: ReportFigures, language: Language, at: Date): Block[] {
  const say = (message: Message) => message[language]
  return [
    { kind: 'title', lines: [say(words.title), say(planName), say(words.reportYear(figures.year))] },
    { kind: 'paragraph', runs: [text(say(words.period(figures.year)), { bold: true })] },
    { kind: 'paragraph', runs: [text(say(words.made(figures.version, momentIn(at, language))))], muted: true },
    { kind: 'paragraph', runs: [text(say(words.draft), { italic: true })], muted: true },
  ]
}

/** "Mục tiêu năm 2025 (16): 3 đã đạt, 5 đúng tiến độ, 8 chậm tiến độ." */
function statusLine(year: number, list: TargetStatus[], language: Language): string {
  const parts = statuses
    .map((status) => [status, list.filter((item) => item === status).length] as const)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${statusNames[status][language].toLowerCase()}`)
  return language === 'vi'
    ? `Mục tiêu năm ${year} (${list.length}): ${parts.join(', ')}.`
    : `Targets for ${year} (${list.length}): ${parts.join(', ')}.`
}

export function summaryBlocks(figures: ReportFigures, language: Language): Block[] {
  const say = (message: Message) => message[language]
  const targets = figures.scoreboard.targets
  const years = [...new Set(targets.map((row) => row.targetYear))].sort()
  const indicators = new Set(targets.map((row) => row.indicator)).size
  const sampled = targets.filter((row) => row.province?.provenance === 'sample').length
  const worst = figures.ranking.items.filter((item) => item.rank !== null && item.rank <= 3).map((item) => item.name)
  const opening: Message = {
    vi: `Kế hoạch đặt ${targets.length} mục tiêu cho ${indicators} chỉ tiêu (mục II.2.1: đến năm 2025; mục II.2.2: định hướng đến năm 2030). Đánh giá theo số liệu đến năm ${figures.year}:`,
    en: `The plan sets ${targets.length} targets for ${indicators} indicators (section II.2.1: by 2025; section II.2.2: orientation to 2030). Assessed on the figures up to ${figures.year}:`,
  }
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: say(words.summary) },
    { kind: 'paragraph', runs: [text(say(opening))] },
    {
      kind: 'list',
      items: years.map((year) => [
        text(
          statusLine(
            year,
            targets.filter((row) => row.targetYear === year).map((row) => row.status),
            language,
          ),
        ),
      ]),
    },
    { kind: 'paragraph', runs: [text(say(ruleWords.status))], muted: true },
  ]
  if (worst.length > 0) {
    const ranked: Message = {
      vi: `Theo xếp hạng khó khăn tổng hợp năm ${figures.year} (mục 4), các xã khó khăn nhất là: ${worst.join(', ')}.`,
      en: `By the composite disadvantage ranking of ${figures.year} (section 4), the most disadvantaged communes are: ${worst.join(', ')}.`,
    }
    blocks.push({ kind: 'paragraph', runs: [text(say(ranked))] })
  }
  if (sampled > 0) {
    const share: Message = {
      vi: `${sampled} trong ${targets.length} giá trị của tỉnh dùng để đánh giá là dữ liệu mẫu hoặc tính từ dữ liệu mẫu: các trạng thái đó chỉ để minh họa.`,
      en: `${sampled} of the ${targets.length} province figures assessed are sample data or computed from sample data: those statuses are for demonstration only.`,
    }
    blocks.push({ kind: 'warning', text: `${say(words.sampleWarning)} ${say(share)}` })
  }
  return blocks
}
