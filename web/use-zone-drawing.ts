import { useState } from 'react'
import type { ZoneFile } from './zone-file'

/**
 * The shape of a restricted zone being made: drawn by clicking its corners on the map, or read from
 * an uploaded GeoJSON file. Either is previewed on the map (layers/zones.ts drawingLayers) until it
 * is saved or cancelled.
 */
export function useZoneDrawing() {
  const [corners, setCorners] = useState<[number, number][] | null>(null)
  const [uploaded, setUploaded] = useState<ZoneFile | null>(null)
  return {
    active: corners !== null,
    corners: corners ?? [],
    uploaded,
    start: () => {
      setUploaded(null)
      setCorners([])
    },
    add: (corner: [number, number]) => setCorners((current) => (current ? [...current, corner] : current)),
    undo: () => setCorners((current) => (current ? current.slice(0, -1) : current)),
    upload: (zone: ZoneFile) => {
      setCorners(null)
      setUploaded(zone)
    },
    cancel: () => {
      setCorners(null)
      setUploaded(null)
    },
    /** The drawn polygon as GeoJSON, or null with fewer than 3 corners. */
    polygon: (): GeoJSON.Polygon | null =>
      corners && corners.length >= 3 ? { type: 'Polygon', coordinates: [[...corners, corners[0]!]] } : null,
    /** What the map previews: the corners and outline drawn so far, or the uploaded polygons. */
    preview: (): GeoJSON.FeatureCollection | null =>
      uploaded
        ? { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: uploaded.outline }] }
        : null,
  }
}

export type ZoneDrawing = ReturnType<typeof useZoneDrawing>
