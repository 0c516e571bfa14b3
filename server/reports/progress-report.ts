import type { ReportFigures } from '../sql/report-figures'
import type { Block } from './blocks'
import { departmentBlocks } from './report-departments'
import { mapSection } from './report-maps'
import { rankingBlocks } from './report-ranking'
import { sourceBlocks } from './report-sources'
import { summaryBlocks, titleBlocks } from './report-summary'
import { targetBlocks } from './report-targets'
import { type Language, words } from './report-words'

// The progress report (báo cáo kết quả thực hiện, issue 11 §1) in one language: title and period,
// summary, every target of section II, a map per headline indicator, the ten most disadvantaged
// communes, a section per department (section IV) and the sources.

export type ProgressReport = { language: Language; title: string; fileName: string; blocks: Block[] }

export function progressReport(figures: ReportFigures, language: Language, at: Date): ProgressReport {
  return {
    language,
    title: `${words.title[language]} ${words.reportYear(figures.year)[language].toLowerCase()}`,
    // ASCII, so that every browser keeps the name as it is.
    fileName: language === 'vi' ? `bao-cao-ket-qua-thuc-hien-${figures.year}` : `progress-report-${figures.year}`,
    blocks: [
      ...titleBlocks(figures, language, at),
      ...summaryBlocks(figures, language),
      ...targetBlocks(figures, language),
      ...mapSection(figures, language),
      ...rankingBlocks(figures, language),
      ...departmentBlocks(figures, language),
      ...sourceBlocks(language),
    ],
  }
}
