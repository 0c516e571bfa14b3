import { CollisionFilterExtension, type CollisionFilterExtensionProps } from '@deck.gl/extensions'
import { TextLayer } from '@deck.gl/layers'
import type { Label } from './places'

const labelColour: [number, number, number, number] = [17, 24, 39, 255]
const haloColour: [number, number, number, number] = [255, 255, 255, 230]

const collisions = new CollisionFilterExtension()

/**
 * Commune names drawn by deck.gl, which renders Vietnamese diacritics from the browser's own fonts
 * (no glyph server). Names that would overlap are left out (the selected commune's wins), and all
 * are hidden when zoomed out so far that they could only crowd the map.
 */
export function communeLabelLayer(labels: Label[], zoom: number, selected: string | null) {
  return new TextLayer<Label, CollisionFilterExtensionProps<Label>>({
    id: 'commune-labels',
    data: labels,
    visible: zoom >= 7.5,
    getPosition: (label) => label.position,
    getText: (label) => label.text,
    getSize: (label) => (label.code === selected ? 14 : zoom < 9 ? 11 : 13),
    getColor: labelColour,
    fontFamily: 'system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
    fontWeight: 600,
    characterSet: 'auto',
    fontSettings: { sdf: true },
    outlineWidth: 3,
    outlineColor: haloColour,
    sizeUnits: 'pixels',
    extensions: [collisions],
    collisionEnabled: true,
    getCollisionPriority: (label: Label) => (label.code === selected ? 1000 : -label.text.length),
    collisionTestProps: { sizeScale: 1.1 },
    updateTriggers: { getSize: [zoom, selected], getCollisionPriority: [selected] },
  })
}
