import { Resvg } from '@resvg/resvg-js'
import type { ReportOutlines } from '../sql/report-outlines'

// A report map drawn without a browser (production has no Chromium): the communes filled with the
// map's colours, the province outline, the border line, a 20 km scale bar and a north arrow, as SVG
// in the projected metres of sql/report-outlines.ts; then PNG for the Word document through resvg
// (@resvg/resvg-js: a Rust renderer with prebuilt binaries, no install script). The drawing holds no
// text, so it needs no fonts on the server: the legend, the scale's length and the sources are
// written beside it in the report's language.

export type CommuneFill = { colour: string; title: string }

export const scaleBarKm = 20
const pixelWidth = 1000
const outlineColour = '#ffffff'
const provinceColour = '#252525'
const borderColour = '#7a0177'

const escaped = (value: string) =>
  value.replace(/[&<>"]/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[character]!)

/** The frame: the province's box with a margin, and room below it for the scale bar. */
function frame(outlines: ReportOutlines) {
  const { x, y, width, height } = outlines.extent
  const margin = Math.max(width, height) * 0.03
  const below = height * 0.08
  return { x: x - margin, y: y - margin, width: width + 2 * margin, height: height + 2 * margin + below, margin }
}

function scaleBar(box: ReturnType<typeof frame>): string {
  const segment = (scaleBarKm * 1000) / 4
  const thickness = box.height * 0.012
  const left = box.x + box.margin
  const top = box.y + box.height - box.margin - thickness
  return Array.from({ length: 4 }, (_, index) => {
    const fill = index % 2 === 0 ? provinceColour : '#ffffff'
    return `<rect x="${left + index * segment}" y="${top}" width="${segment}" height="${thickness}" fill="${fill}" stroke="${provinceColour}" stroke-width="${thickness * 0.15}"/>`
  }).join('')
}

function northArrow(box: ReturnType<typeof frame>): string {
  const size = box.width * 0.035
  const tipX = box.x + box.width - box.margin - size / 2
  const tipY = box.y + box.margin
  return `<path d="M ${tipX} ${tipY} L ${tipX + size / 2} ${tipY + size * 1.6} L ${tipX} ${tipY + size * 1.2} L ${tipX - size / 2} ${tipY + size * 1.6} Z" fill="${provinceColour}"/>`
}

/** The map as SVG; a commune without a fill is drawn in `noData`. */
export function mapSvg(outlines: ReportOutlines, fills: Map<string, CommuneFill>, noData: string) {
  const box = frame(outlines)
  const line = box.width / pixelWidth
  const communes = outlines.communes
    .map((commune) => {
      const fill = fills.get(commune.code)
      const title = fill ? fill.title : commune.name
      return `<path data-code="${commune.code}" d="${commune.path}" fill="${fill?.colour ?? noData}"><title>${escaped(title)}</title></path>`
    })
    .join('')
  const border = outlines.border
    ? `<path d="${outlines.border}" fill="none" stroke="${borderColour}" stroke-width="${line * 3}" stroke-dasharray="${line * 8} ${line * 4}"/>`
    : ''
  const height = Math.round((pixelWidth * box.height) / box.width)
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${pixelWidth}" height="${height}" viewBox="${box.x} ${box.y} ${box.width} ${box.height}">`,
    `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" fill="#ffffff"/>`,
    `<g stroke="${outlineColour}" stroke-width="${line * 0.8}" stroke-linejoin="round">${communes}</g>`,
    `<path d="${outlines.province}" fill="none" stroke="${provinceColour}" stroke-width="${line * 2}" stroke-linejoin="round"/>`,
    border,
    scaleBar(box),
    northArrow(box),
    '</svg>',
  ].join('')
  return { svg, aspect: box.width / box.height }
}

/** The SVG as PNG, 1,600 pixels wide: about 250 dpi across the text width of an A4 page. */
export function mapPng(svg: string): Uint8Array {
  const image = new Resvg(svg, {
    fitTo: { mode: 'width', value: 1600 },
    background: '#ffffff',
    font: { loadSystemFonts: false },
  })
  return image.render().asPng()
}
