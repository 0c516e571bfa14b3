import type { Layer } from '@deck.gl/core'
import { gateLabelLayer } from './gate-labels'
import { communeLabelLayer } from './labels'
import type { GateLabel, Label, VillagePoint } from './places'
import { villageLayer } from './villages'

/** What deck.gl draws, as plain data: the app builds it without loading deck.gl itself. */
export type DeckScene = {
  labels: Label[]
  zoom: number
  selected: string | null
  villages: { points: VillagePoint[]; flags: Map<number, boolean | null>; colours: { yes: string; no: string } } | null
  onVillageHover: (point: VillagePoint | null, x: number, y: number) => void
  /** The border gates' names (border staff with the gates layer on). */
  gates?: GateLabel[]
}

/** The deck.gl layers of a scene, villages under the labels. Pure. */
export function deckLayers(scene: DeckScene): Layer[] {
  const layers: Layer[] = []
  if (scene.villages) {
    const { points, flags, colours } = scene.villages
    layers.push(villageLayer(points, flags, colours, scene.zoom, scene.onVillageHover))
  }
  layers.push(communeLabelLayer(scene.labels, scene.zoom, scene.selected))
  if (scene.gates && scene.gates.length > 0) layers.push(gateLabelLayer(scene.gates))
  return layers
}
