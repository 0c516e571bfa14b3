import sources from '../../geodata/sources.json'
import type { Message } from '../message'
import type { Block, Run } from './blocks'
import { text } from './blocks'
import { type Language, words } from './report-words'

// The sources of the data package (geodata/sources.json, each with its licence as the source
// states it), and where the figures and the rules come from.

const figuresNote: Message = {
  vi: 'Giá trị của tỉnh, bản đồ và xếp hạng là số liệu đang công bố trên cổng thông tin (bảng theo dõi mục tiêu, bản đồ chỉ tiêu, xếp hạng khó khăn), cùng phiên bản dữ liệu ghi ở trang đầu. Quy tắc đánh giá và cách tính được trình bày ở trang Phương pháp của cổng thông tin.',
  en: "The province figures, the maps and the ranking are the figures the portal publishes (the targets scoreboard, the indicator map, the disadvantage ranking), of the data version given on the first page. The rules and calculations are set out on the portal's Methodology page.",
}

export function sourceBlocks(language: Language): Block[] {
  const items: Run[][] = sources.map((source) => [
    text(source.name[language], { bold: true }),
    text(` — ${source.licence[language]}`),
    ...(source.url ? [text(`. ${source.url}`)] : []),
  ])
  return [
    { kind: 'heading', level: 1, text: words.sources[language] },
    { kind: 'paragraph', runs: [text(figuresNote[language])] },
    { kind: 'list', items },
  ]
}
