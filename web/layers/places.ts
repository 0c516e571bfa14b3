import type { VillageCollection, ZoneCollection } from '../api'

// The places deck.gl draws, as plain data. Kept apart from the deck.gl layer code so the first
// screen can build them without loading deck.gl.

export type Label = {
  code: string
  text: string
  position: [number, number]
  /** Which name wins when two would touch: larger first (the commune's area in km²). */
  priority?: number
}
export type VillagePoint = { id: number; name: string; communeName: string; position: [number, number] }

/** "Xã Đồng Đăng" → "Đồng Đăng": the type is clear from the map, and short labels collide less. */
export const shortName = (name: string) => name.replace(/^(Xã|Phường|Thị trấn) /, '')

export const villagePoints = (collection: VillageCollection): VillagePoint[] =>
  collection.features.map((feature) => ({
    id: feature.properties.id,
    name: feature.properties.name,
    communeName: feature.properties.communeName,
    position: feature.geometry.coordinates as [number, number],
  }))

/** A border gate's name at its point (only gates whose location is known have one). */
export type GateLabel = { name: string; position: [number, number] }

/** The located gates of the gates layer, for their labels. */
export function gateLabels(gates: ZoneCollection | undefined): GateLabel[] {
  return (gates?.features ?? []).flatMap((feature) =>
    feature.geometry?.type === 'Point'
      ? [{ name: String(feature.properties.name), position: feature.geometry.coordinates as [number, number] }]
      : [],
  )
}
