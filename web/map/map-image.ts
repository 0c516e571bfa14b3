import type { Offscreen } from './offscreen-map'
import { type Font, layoutSheet, type Rectangle, type Sheet, type SheetMultiples } from './sheet-layout'

// The map as a picture for reports and print: the whole province drawn off screen
// (offscreen-map.ts) inside a sheet with the title, the sample-data warning, the legend, a scale bar,
// a north arrow, the date and every source (sheet-layout.ts).

export type { Sheet }

const fontFamily = 'system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif'
const cssFont = (font: Font) => `${font.weight} ${font.size}px ${fontFamily}`

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

/** MapLibre's ground resolution (512-pixel tiles): metres per CSS pixel at a latitude and zoom. */
export const metresPerPixel = (latitude: number, zoom: number) =>
  (40_075_016.686 * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom)

function northArrow(context: CanvasRenderingContext2D, x: number, y: number, letter: string) {
  context.fillStyle = '#111827'
  context.beginPath()
  context.moveTo(x, y)
  context.lineTo(x + 10, y + 28)
  context.lineTo(x, y + 21)
  context.lineTo(x - 10, y + 28)
  context.closePath()
  context.fill()
  context.font = cssFont({ size: 15, weight: 700 })
  context.textAlign = 'center'
  context.fillText(letter, x, y + 46)
  context.textAlign = 'left'
}

function scale(context: CanvasRenderingContext2D, x: number, y: number, bar: ReturnType<typeof scaleBar>) {
  context.fillStyle = 'rgba(255,255,255,0.85)'
  context.fillRect(x - 8, y - 24, bar.pixels + 16, 36)
  context.fillStyle = '#111827'
  context.fillRect(x, y, bar.pixels, 5)
  context.fillRect(x, y - 7, 2, 12)
  context.fillRect(x + bar.pixels - 2, y - 7, 2, 12)
  context.font = cssFont({ size: 14, weight: 400 })
  context.fillText(bar.label, x, y - 10)
}

/** One small map of the sheet: the shared outlines (SVG path data) filled with one year's colours, fitted to its box. */
function drawMultiple(
  context: CanvasRenderingContext2D,
  box: Rectangle,
  multiples: SheetMultiples,
  shapes: SheetMultiples['maps'][number]['shapes'],
) {
  const scale = Math.min(box.width / multiples.width, box.height / multiples.height)
  context.save()
  context.translate(
    box.x + (box.width - multiples.width * scale) / 2,
    box.y + (box.height - multiples.height * scale) / 2,
  )
  context.scale(scale, scale)
  context.strokeStyle = '#ffffff'
  context.lineWidth = 0.5 / scale
  for (const shape of shapes) {
    const path = new Path2D(shape.path)
    context.fillStyle = shape.colour
    context.fill(path)
    context.stroke(path)
  }
  context.restore()
}

/** The sheet around the whole province, drawn by `render` at the size the layout leaves for the map; a PNG. */
export async function mapImage(
  sheet: Sheet,
  render: (width: number, height: number, pixelRatio: number) => Promise<Offscreen>,
): Promise<Blob> {
  const measuring = document.createElement('canvas').getContext('2d')
  if (!measuring) throw new Error('no 2D canvas')
  const layout = layoutSheet(sheet, (text, font) => {
    measuring.font = cssFont(font)
    return measuring.measureText(text).width
  })
  const pixelRatio = Math.min(2, window.devicePixelRatio || 1)
  const { map } = layout
  const drawn = await render(map.width, map.height, pixelRatio)
  const output = document.createElement('canvas')
  output.width = Math.round(layout.width * pixelRatio)
  output.height = Math.round(layout.height * pixelRatio)
  const context = output.getContext('2d')
  if (!context) throw new Error('no 2D canvas')
  context.scale(pixelRatio, pixelRatio)
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, layout.width, layout.height)
  context.drawImage(drawn.canvas, map.x, map.y, map.width, map.height)
  context.strokeStyle = '#d1d5db'
  context.strokeRect(map.x + 0.5, map.y + 0.5, map.width - 1, map.height - 1)
  northArrow(context, map.x + map.width - 36, map.y + 18, sheet.north)
  scale(context, map.x + 18, map.y + map.height - 22, scaleBar(metresPerPixel(drawn.latitude, drawn.zoom), map.width))
  layout.multiples.forEach((box, index) => {
    const shown = sheet.multiples?.maps[index]
    if (sheet.multiples && shown) drawMultiple(context, box, sheet.multiples, shown.shapes)
  })
  for (const line of layout.lines) {
    context.font = cssFont(line.font)
    context.fillStyle = line.colour
    context.fillText(line.text, line.x, line.y)
  }
  for (const swatch of layout.swatches) {
    context.fillStyle = swatch.colour
    context.fillRect(swatch.x, swatch.y, 26, 16)
    context.strokeStyle = 'rgba(0,0,0,0.25)'
    context.strokeRect(swatch.x + 0.5, swatch.y + 0.5, 25, 15)
  }
  return new Promise((resolve, reject) =>
    output.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be made'))), 'image/png'),
  )
}
