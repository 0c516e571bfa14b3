import { ScatterplotLayer } from '@deck.gl/layers'
import { hexToRgba, noDataColour } from '../palette'
import type { VillagePoint } from './places'

const strokeColour: [number, number, number, number] = [255, 255, 255, 255]

/**
 * The villages as points coloured by their flag for the chosen village indicator (yes / no / no
 * data). Radius in pixels, growing a little with zoom, so points stay readable at every zoom.
 */
export function villageLayer(
  points: VillagePoint[],
  flags: Map<number, boolean | null>,
  colours: { yes: string; no: string },
  zoom: number,
  onHover: (point: VillagePoint | null, x: number, y: number) => void,
) {
  const yes = hexToRgba(colours.yes)
  const no = hexToRgba(colours.no)
  const none = hexToRgba(noDataColour)
  return new ScatterplotLayer<VillagePoint>({
    id: 'villages',
    data: points,
    pickable: true,
    stroked: true,
    radiusUnits: 'pixels',
    getPosition: (point) => point.position,
    getRadius: zoom < 9 ? 2.8 : zoom < 11 ? 4.5 : 6,
    getFillColor: (point) => {
      const flag = flags.get(point.id)
      return flag === true ? yes : flag === false ? no : none
    },
    getLineColor: strokeColour,
    lineWidthUnits: 'pixels',
    getLineWidth: 1,
    onHover: (info) => onHover(info.object ?? null, info.x, info.y),
    updateTriggers: { getFillColor: [flags, colours.yes, colours.no], getRadius: [zoom] },
  })
}
