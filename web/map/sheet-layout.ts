import type { LegendEntry } from '../legend-entries'

// Where everything goes on the picture of the map (PNG and print): the title, the sample-data
// warning, the map, the legend and its notes, the date and every source. Pure: widths come from
// `measure`. Every line is wrapped to the room it has and nothing is left out (issue 10 §4: the
// title, the warning, the legend and the sources were cut at the edges of the old picture); the
// sheet grows taller if the legend needs it, and printing fits the picture to one page.

export type Sheet = {
  title: string
  subtitle: string
  legendTitle: string
  entries: LegendEntry[]
  /** Lines under the legend: the target, the carry rule, the provenance… */
  notes: string[]
  warning: string | null
  sources: string
  date: string
  north: string
  /** A small map of each year under the main one (issue 12), with the same classes. */
  multiples?: SheetMultiples | null
}

/** The small maps' shapes in a box `width` × `height` (multiples-geometry.ts), and each year's fills. */
export type SheetMultiples = {
  width: number
  height: number
  maps: { label: string; shapes: { path: string; colour: string }[] }[]
}

export type Font = { size: number; weight: 400 | 700 }
export type Measure = (text: string, font: Font) => number
export type Line = { text: string; x: number; y: number; font: Font; colour: string }
export type Rectangle = { x: number; y: number; width: number; height: number }
export type SheetLayout = {
  width: number
  height: number
  map: Rectangle
  lines: Line[]
  swatches: { x: number; y: number; colour: string }[]
  /** Where each small map goes, in the order of `Sheet.multiples.maps`. */
  multiples: Rectangle[]
}

/** A4 landscape inside 8 mm margins (281 × 194 mm): the print fills the page. */
export const sheetWidth = 1600
export const sheetHeight = Math.round((sheetWidth * 194) / 281)
const margin = 24
const legendWidth = 420
const ink = '#111827'
const muted = '#4b5563'
const warningInk = '#b91c1c'
const fonts = {
  title: { size: 26, weight: 700 },
  subtitle: { size: 16, weight: 400 },
  warning: { size: 16, weight: 700 },
  legendTitle: { size: 18, weight: 700 },
  entry: { size: 16, weight: 400 },
  note: { size: 14, weight: 400 },
  footer: { size: 13, weight: 400 },
  multiple: { size: 15, weight: 700 },
} satisfies Record<string, Font>
const lineHeight = (font: Font) => Math.round(font.size * 1.3)

/** The text in lines no wider than `width`, broken between words, and inside a word only when one word is wider. */
export function wrap(text: string, font: Font, width: number, measure: Measure): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word
    if (measure(candidate, font) <= width) {
      line = candidate
      continue
    }
    if (line) lines.push(line)
    line = ''
    let rest = word
    while (measure(rest, font) > width && rest.length > 1) {
      let cut = rest.length - 1
      while (cut > 1 && measure(rest.slice(0, cut), font) > width) cut -= 1
      lines.push(rest.slice(0, cut))
      rest = rest.slice(cut)
    }
    line = rest
  }
  if (line || lines.length === 0) lines.push(line)
  return lines
}

/** The sheet's layout: header across the top, the map on the left, the legend on the right, sources at the foot. */
export function layoutSheet(sheet: Sheet, measure: Measure): SheetLayout {
  const lines: Line[] = []
  const swatches: SheetLayout['swatches'] = []
  const block = (text: string, font: Font, colour: string, x: number, top: number, width: number) => {
    let y = top
    for (const part of wrap(text, font, width, measure)) {
      y += lineHeight(font)
      lines.push({ text: part, x, y: y - Math.round(font.size * 0.3), font, colour })
    }
    return y
  }
  const fullWidth = sheetWidth - 2 * margin
  let top = block(sheet.title, fonts.title, ink, margin, margin - 4, fullWidth)
  top = block(sheet.subtitle, fonts.subtitle, muted, margin, top + 2, fullWidth)
  if (sheet.warning) top = block(sheet.warning, fonts.warning, warningInk, margin, top + 4, fullWidth)
  const footerLines = wrap(`${sheet.date} · ${sheet.sources}`, fonts.footer, fullWidth, measure).length
  const footerHeight = footerLines * lineHeight(fonts.footer) + margin
  const legendLeft = sheetWidth - margin - legendWidth

  const mapTop = top + 12
  let legendBottom = block(sheet.legendTitle, fonts.legendTitle, ink, legendLeft, mapTop, legendWidth)
  legendBottom += 8
  for (const entry of sheet.entries) {
    swatches.push({ x: legendLeft, y: legendBottom + 5, colour: entry.colour })
    legendBottom = block(
      `${entry.label} (${entry.count})`,
      fonts.entry,
      ink,
      legendLeft + 34,
      legendBottom,
      legendWidth - 34,
    )
    legendBottom += 6
  }
  legendBottom += 6
  for (const note of sheet.notes)
    legendBottom = block(note, fonts.note, muted, legendLeft, legendBottom, legendWidth) + 6

  const height = Math.max(sheetHeight, legendBottom + 12 + footerHeight)
  const mapWidth = legendLeft - 2 * margin
  const band = multiplesBand(sheet.multiples, mapWidth)
  const map = { x: margin, y: mapTop, width: mapWidth, height: height - mapTop - footerHeight - 8 - band.height }
  const multiples = band.cells.map((cell, index) => {
    const rectangle = { x: margin + cell.x, y: map.y + map.height + band.gap, width: cell.width, height: cell.height }
    block(
      sheet.multiples!.maps[index]!.label,
      fonts.multiple,
      ink,
      rectangle.x,
      rectangle.y + rectangle.height,
      cell.width,
    )
    return rectangle
  })
  block(`${sheet.date} · ${sheet.sources}`, fonts.footer, muted, margin, height - footerHeight + 4, fullWidth)
  return { width: sheetWidth, height, map, lines, swatches, multiples }
}

/** The small maps in one row across the map's width, each with its label below; nothing without them. */
function multiplesBand(multiples: SheetMultiples | null | undefined, width: number) {
  const count = multiples?.maps.length ?? 0
  if (!multiples || count === 0) return { height: 0, gap: 0, cells: [] }
  const gap = 12
  const cellWidth = (width - gap * (count - 1)) / count
  const cellHeight = Math.min(cellWidth * (multiples.height / (multiples.width || 1)), 260)
  const cells = Array.from({ length: count }, (_, index) => ({
    x: index * (cellWidth + gap),
    width: cellWidth,
    height: cellHeight,
  }))
  return { height: gap + cellHeight + lineHeight(fonts.multiple) + 4, gap, cells }
}
