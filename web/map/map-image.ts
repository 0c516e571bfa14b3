import type { LegendEntry } from '../legend-entries'

// The map as a picture for reports: the map and deck.gl canvases composited, with a title, the
// legend, a scale bar, a north arrow, the date, the sources and the provenance of the values.

export type Sheet = {
  title: string
  subtitle: string
  legendTitle: string
  entries: LegendEntry[]
  /** Lines under the legend: the target, the carry rule, a sample-data warning… */
  notes: string[]
  warning: string | null
  sources: string
  date: string
  north: string
  /** Ground metres per CSS pixel at the map's centre. */
  metresPerPixel: number
}

const margin = 16
const legendWidth = 330
const header = 76
const footer = 64

/** A round length for the scale bar: 1, 2 or 5 × 10ⁿ metres, about a sixth of the map wide. */
export function scaleBar(metresPerPixel: number, mapWidth: number): { metres: number; pixels: number; label: string } {
  const wanted = (mapWidth / 6) * metresPerPixel
  const power = 10 ** Math.floor(Math.log10(wanted))
  const metres =
    [1, 2, 5, 10]
      .map((step) => step * power)
      .filter((length) => length <= wanted)
      .at(-1) ?? power
  return { metres, pixels: metres / metresPerPixel, label: metres >= 1000 ? `${metres / 1000} km` : `${metres} m` }
}

function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word
    if (context.measureText(candidate).width > width && line) {
      lines.push(line)
      line = word
    } else line = candidate
  }
  if (line) lines.push(line)
  return lines
}

/** Draws the sheet around the canvases inside `container` (the map element) and returns a PNG. */
export async function mapImage(container: HTMLElement, sheet: Sheet): Promise<Blob> {
  const canvases = [...container.querySelectorAll('canvas')]
  const mapWidth = container.clientWidth
  const mapHeight = container.clientHeight
  const scale = window.devicePixelRatio || 1
  const output = document.createElement('canvas')
  output.width = Math.round((mapWidth + legendWidth) * scale)
  output.height = Math.round((header + mapHeight + footer) * scale)
  const context = output.getContext('2d')
  if (!context) throw new Error('no 2D canvas')
  context.scale(scale, scale)
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, mapWidth + legendWidth, header + mapHeight + footer)
  const font = (size: number, weight = 400) =>
    `${weight} ${size}px system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif`

  context.fillStyle = '#111827'
  context.font = font(20, 700)
  context.fillText(sheet.title, margin, 30)
  context.font = font(14)
  context.fillStyle = '#4b5563'
  context.fillText(sheet.subtitle, margin, 54)
  if (sheet.warning) {
    context.fillStyle = '#b91c1c'
    context.font = font(13, 700)
    context.fillText(sheet.warning, margin, 71)
  }

  for (const canvas of canvases) context.drawImage(canvas, 0, header, mapWidth, mapHeight)
  context.strokeStyle = '#d1d5db'
  context.strokeRect(0.5, header + 0.5, mapWidth - 1, mapHeight - 1)

  // North arrow, top right of the map.
  const arrowX = mapWidth - 34
  const arrowY = header + 22
  context.fillStyle = '#111827'
  context.beginPath()
  context.moveTo(arrowX, arrowY)
  context.lineTo(arrowX + 9, arrowY + 26)
  context.lineTo(arrowX, arrowY + 20)
  context.lineTo(arrowX - 9, arrowY + 26)
  context.closePath()
  context.fill()
  context.font = font(13, 700)
  context.textAlign = 'center'
  context.fillText(sheet.north, arrowX, arrowY + 42)
  context.textAlign = 'left'

  // Scale bar, bottom left of the map.
  const bar = scaleBar(sheet.metresPerPixel, mapWidth)
  const barY = header + mapHeight - 22
  context.fillStyle = 'rgba(255,255,255,0.85)'
  context.fillRect(margin - 6, barY - 20, bar.pixels + 12, 30)
  context.fillStyle = '#111827'
  context.fillRect(margin, barY, bar.pixels, 4)
  context.fillRect(margin, barY - 6, 2, 10)
  context.fillRect(margin + bar.pixels - 2, barY - 6, 2, 10)
  context.font = font(12)
  context.fillText(bar.label, margin, barY - 8)

  // Legend column.
  let y = header + 24
  const left = mapWidth + margin
  context.font = font(14, 700)
  for (const line of wrap(context, sheet.legendTitle, legendWidth - 2 * margin)) {
    context.fillText(line, left, y)
    y += 18
  }
  y += 6
  context.font = font(13)
  for (const entry of sheet.entries) {
    context.fillStyle = entry.colour
    context.fillRect(left, y - 11, 22, 14)
    context.strokeStyle = 'rgba(0,0,0,0.2)'
    context.strokeRect(left + 0.5, y - 10.5, 21, 13)
    context.fillStyle = '#111827'
    context.fillText(`${entry.label} (${entry.count})`, left + 30, y)
    y += 22
  }
  y += 8
  context.fillStyle = '#4b5563'
  context.font = font(12)
  for (const note of sheet.notes) {
    for (const line of wrap(context, note, legendWidth - 2 * margin)) {
      context.fillText(line, left, y)
      y += 16
    }
    y += 4
  }

  // Footer: date and sources.
  context.fillStyle = '#4b5563'
  context.font = font(11)
  let footerY = header + mapHeight + 20
  for (const line of wrap(context, `${sheet.date} · ${sheet.sources}`, mapWidth + legendWidth - 2 * margin).slice(
    0,
    3,
  )) {
    context.fillText(line, margin, footerY)
    footerY += 15
  }
  return new Promise((resolve, reject) =>
    output.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be made'))), 'image/png'),
  )
}

/** The element holding the main map's canvases. */
export const mainMapElement = (): HTMLElement | null => document.querySelector('#map .maplibregl-map')

/** MapLibre's ground resolution (512-pixel tiles): metres per CSS pixel at a latitude and zoom. */
export const metresPerPixel = (latitude: number, zoom: number) =>
  (40_075_016.686 * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom)
