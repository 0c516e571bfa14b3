import type { Layer } from '@deck.gl/core'
import type { LayerSpecification } from 'maplibre-gl'
import type { Choropleth } from '../choropleth'
import { noDataColour } from '../palette'
import { classHighlightLayer, communeFillLayer, communeOutlineLayer, hoverLayer, selectionLayer } from './communes'
import { communeLabelLayer, type Label } from './labels'
import { borderLayer, districtLayer, provinceLayer } from './reference'
import { type VillagePoint, villageLayer } from './villages'

export type MapLayersInput = {
  choropleth: Choropleth | null
  highlightClass: number | null
  hovered: string | null
  selected: string | null
  showDistricts: boolean
  labels: Label[]
  zoom: number
  villages: { points: VillagePoint[]; flags: Map<number, boolean | null>; colours: { yes: string; no: string } } | null
  onVillageHover: (point: VillagePoint | null, x: number, y: number) => void
}

/** Every layer of the map, in drawing order, as a pure function of the data and the UI state. */
export function mapLayers(input: MapLayersInput): { maplibre: LayerSpecification[]; deck: Layer[] } {
  const highlighted =
    input.highlightClass === null ? [] : (input.choropleth?.classes[input.highlightClass]?.codes ?? [])
  const maplibre: LayerSpecification[] = [
    communeFillLayer(input.choropleth?.colours ?? new Map(), noDataColour),
    communeOutlineLayer(),
    classHighlightLayer(highlighted),
    hoverLayer(input.hovered),
    selectionLayer(input.selected),
    ...(input.showDistricts ? [districtLayer()] : []),
    provinceLayer(),
    borderLayer(),
  ]
  const deck: Layer[] = []
  if (input.villages) {
    deck.push(
      villageLayer(
        input.villages.points,
        input.villages.flags,
        input.villages.colours,
        input.zoom,
        input.onVillageHover,
      ),
    )
  }
  deck.push(communeLabelLayer(input.labels, input.zoom, input.selected))
  return { maplibre, deck }
}
