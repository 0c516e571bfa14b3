import { TextLayer } from '@deck.gl/layers'
import { labelFont } from './label-placement'
import type { GateLabel } from './places'

const gateColour: [number, number, number, number] = [17, 24, 39, 255]
const haloColour: [number, number, number, number] = [255, 255, 255, 240]

/**
 * The gates' names beside their dots (issue 10 §5: gates had no labels), drawn by deck.gl like the
 * commune names (Vietnamese from the browser's fonts), above the commune names and never hidden by them.
 */
export function gateLabelLayer(labels: GateLabel[]) {
  return new TextLayer<GateLabel>({
    id: 'gate-labels',
    data: labels,
    getPosition: (label) => label.position,
    getText: (label) => label.name,
    getSize: 13,
    getColor: gateColour,
    getTextAnchor: 'start',
    getAlignmentBaseline: 'center',
    getPixelOffset: [11, 0],
    fontFamily: labelFont,
    fontWeight: 700,
    characterSet: 'auto',
    fontSettings: { sdf: true },
    outlineWidth: 3,
    outlineColor: haloColour,
    sizeUnits: 'pixels',
  })
}
