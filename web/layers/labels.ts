import { TextLayer } from '@deck.gl/layers'
import { labelFont, labelSize, labelWeight, type Measure, placeLabels } from './label-placement'
import type { Label } from './places'

const labelColour: [number, number, number, number] = [17, 24, 39, 255]
const haloColour: [number, number, number, number] = [255, 255, 255, 235]

let measuring: CanvasRenderingContext2D | null | undefined

/** Widths from the browser's own fonts, as deck.gl lays out the glyphs it draws with them. */
export const canvasMeasure: Measure = (text, size) => {
  measuring ??= document.createElement('canvas').getContext('2d')
  if (!measuring) return text.length * size * 0.65
  measuring.font = `${labelWeight} ${size}px ${labelFont}`
  return measuring.measureText(text).width
}

/**
 * Commune names drawn by deck.gl, which renders Vietnamese diacritics from the browser's own fonts
 * (no glyph server). Only the names that fit without touching are drawn (label-placement.ts), all
 * at full strength, the selected commune's first.
 */
export function communeLabelLayer(labels: Label[], zoom: number, selected: string | null, measure = canvasMeasure) {
  return new TextLayer<Label>({
    id: 'commune-labels',
    data: placeLabels(labels, zoom, selected, measure),
    getPosition: (label) => label.position,
    getText: (label) => label.text,
    getSize: (label) => labelSize(label, zoom, selected),
    getColor: labelColour,
    fontFamily: labelFont,
    fontWeight: labelWeight,
    characterSet: 'auto',
    fontSettings: { sdf: true },
    outlineWidth: 3,
    outlineColor: haloColour,
    sizeUnits: 'pixels',
    updateTriggers: { getSize: [zoom, selected] },
  })
}
