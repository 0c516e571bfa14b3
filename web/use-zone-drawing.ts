import { useState } from 'react'

/** A restricted zone being drawn by clicking its corners on the map. */
export function useZoneDrawing() {
  const [corners, setCorners] = useState<[number, number][] | null>(null)
  return {
    active: corners !== null,
    corners: corners ?? [],
    start: () => setCorners([]),
    add: (corner: [number, number]) => setCorners((current) => (current ? [...current, corner] : current)),
    undo: () => setCorners((current) => (current ? current.slice(0, -1) : current)),
    cancel: () => setCorners(null),
    /** The drawn polygon as GeoJSON, or null with fewer than 3 corners. */
    polygon: (): GeoJSON.Polygon | null =>
      corners && corners.length >= 3 ? { type: 'Polygon', coordinates: [[...corners, corners[0]!]] } : null,
  }
}

export type ZoneDrawing = ReturnType<typeof useZoneDrawing>
