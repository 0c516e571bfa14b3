import type { Label } from './places'

// Which commune names fit on the map at a zoom without touching each other (issue 10 §4: "Tam
// Thanh" was drawn over "Công Sơn"). deck.gl's CollisionFilterExtension tests only each label's
// anchor point against the others' glyphs, so names still overlapped, and a name whose anchor fell
// between two words was faded almost white (the selected commune's too). Here every name is a box
// of its measured width, placed greedily in priority order; a box that would touch one already
// placed is left out, never faded. Web Mercator is the same at every pan, so the result depends on
// the zoom alone.

/** Text width in pixels of `text` at `size` pixels (the label font). */
export type Measure = (text: string, size: number) => number

export const labelFont = 'system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif'
export const labelWeight = 600
/** The halo around each name (deck.gl's outline) and the gap kept between two names, in pixels. */
const halo = 3
const gap = 4

/** Below this zoom no names are drawn: they could only crowd a map the size of a stamp. */
export const minimumLabelZoom = 7.5

/** The selected commune's name is larger; the others grow a little once the map is zoomed in. */
export const labelSize = (label: Label, zoom: number, selected: string | null) =>
  label.code === selected ? 14 : zoom < 9 ? 11 : 13

/** A point's position in world pixels at a zoom (MapLibre's 512-pixel tiles). */
export function worldPixels([longitude, latitude]: [number, number], zoom: number): [number, number] {
  const scale = 512 * 2 ** zoom
  const sine = Math.sin((latitude * Math.PI) / 180)
  return [((longitude + 180) / 360) * scale, (0.5 - Math.log((1 + sine) / (1 - sine)) / (4 * Math.PI)) * scale]
}

export type Box = { left: number; top: number; right: number; bottom: number }

/** The box a label covers at a zoom, centred on its position, halo included. */
export function labelBox(label: Label, zoom: number, selected: string | null, measure: Measure): Box {
  const size = labelSize(label, zoom, selected)
  const [x, y] = worldPixels(label.position, zoom)
  const halfWidth = measure(label.text, size) / 2 + halo
  const halfHeight = size / 2 + halo
  return { left: x - halfWidth, top: y - halfHeight, right: x + halfWidth, bottom: y + halfHeight }
}

const touches = (a: Box, b: Box) =>
  a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap

/**
 * The labels to draw at a zoom: the selected commune first, then by `priority` (larger first), each
 * only if its box keeps clear of every one already placed. Pure.
 */
export function placeLabels(labels: Label[], zoom: number, selected: string | null, measure: Measure): Label[] {
  if (zoom < minimumLabelZoom) return []
  const order = [...labels].sort(
    (a, b) =>
      Number(b.code === selected) - Number(a.code === selected) ||
      (b.priority ?? 0) - (a.priority ?? 0) ||
      a.code.localeCompare(b.code),
  )
  const placed: { label: Label; box: Box }[] = []
  for (const label of order) {
    const box = labelBox(label, zoom, selected, measure)
    if (placed.every((other) => !touches(box, other.box))) placed.push({ label, box })
  }
  return placed.map((item) => item.label)
}
