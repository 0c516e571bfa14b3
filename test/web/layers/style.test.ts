import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec'
import type { StyleSpecification } from 'maplibre-gl'
import { describe, expect, test } from 'vitest'
import type { Choropleth } from '../../../web/choropleth'
import { baseStyle } from '../../../web/layers/base-style'
import { communeSource } from '../../../web/layers/communes'
import { deckLayers } from '../../../web/layers/deck-layers'
import { mapLayers } from '../../../web/layers/map-layers'
import { borderSource, districtSource, provinceSource } from '../../../web/layers/reference'

const empty: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] }
const choropleth = {
  kind: 'numeric',
  classes: [{ key: 'class-0', colour: '#ffffcc', codes: ['06184', '06040'] }],
  noData: [],
  colours: new Map([
    ['06184', '#ffffcc'],
    ['06040', '#253494'],
  ]),
} as unknown as Choropleth

/** The whole style the map ends up with: the base style plus every layer the app draws. */
function fullStyle(basemap: boolean, showDistricts: boolean): StyleSpecification {
  const base = baseStyle(
    basemap ? { kind: 'raster', url: 'https://tiles.example/{z}/{x}/{y}.png', attribution: 'x' } : null,
  )
  const maplibre = mapLayers({ choropleth, highlightClass: 0, hovered: '06184', selected: '06040', showDistricts })
  return {
    ...base,
    sources: {
      ...base.sources,
      [communeSource]: { type: 'geojson', data: empty },
      [districtSource]: { type: 'geojson', data: empty },
      [provinceSource]: { type: 'geojson', data: empty },
      [borderSource]: { type: 'geojson', data: empty },
    },
    layers: [...base.layers, ...maplibre],
  } as StyleSpecification
}

describe('the map style', () => {
  test.each([
    [false, false],
    [true, true],
  ])('is valid MapLibre style (basemap %s, districts %s)', (basemap, districts) => {
    expect(validateStyleMin(fullStyle(basemap, districts))).toEqual([])
  })

  test('requests nothing from the internet by default: no glyphs, sprites or tiles', () => {
    const style = baseStyle(null)
    expect(style.glyphs).toBeUndefined()
    expect(style.sprite).toBeUndefined()
    expect(JSON.stringify(style)).not.toMatch(/https?:/)
  })

  test('colours each commune by code and the rest as no data', () => {
    const fill = fullStyle(false, false).layers.find((layer) => layer.id === 'communes-fill')
    expect(fill?.type === 'fill' && fill.paint?.['fill-color']).toEqual([
      'match',
      ['get', 'code'],
      '06184',
      '#ffffcc',
      '06040',
      '#253494',
      '#bdbdbd',
    ])
  })

  test('layer ids are stable and unique, the border drawn last', () => {
    const ids = fullStyle(true, true).layers.map((layer) => layer.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.at(-1)).toBe('border-line')
  })

  test('the highlighted class and the selected commune are drawn as outlines', () => {
    const layers = fullStyle(false, false).layers
    expect(layers.find((layer) => layer.id === 'communes-class-highlight')).toMatchObject({
      filter: ['in', ['get', 'code'], ['literal', ['06184', '06040']]],
    })
    expect(layers.find((layer) => layer.id === 'communes-selected')).toMatchObject({
      filter: ['in', ['get', 'code'], ['literal', ['06040']]],
    })
  })
})

describe('deck.gl layers', () => {
  test('villages are coloured by their flag, labels hidden when zoomed far out', () => {
    const points = [{ id: 1, name: 'Bản Lan', communeName: 'Xã Điềm He', position: [106.6, 21.9] as [number, number] }]
    const deck = deckLayers({
      selected: null,
      labels: [{ code: '06184', text: 'Đồng Đăng', position: [106.7, 21.97] }],
      zoom: 6.5,
      villages: { points, flags: new Map([[1, true]]), colours: { yes: '#5e3c99', no: '#e66101' } },
      onVillageHover: () => {},
    })
    expect(deck.map((layer) => layer.id)).toEqual(['villages', 'commune-labels'])
    const villages = deck[0]!.props as unknown as { getFillColor: (point: (typeof points)[number]) => number[] }
    expect(villages.getFillColor(points[0]!)).toEqual([94, 60, 153, 255])
    // Below zoom 7.5 no name is placed (layers/label-placement.ts).
    expect(deck[1]!.props.data).toEqual([])
  })
})

test("the planner's top N are outlined whatever the highlighted class", () => {
  const layers = mapLayers({
    choropleth,
    highlightClass: 0,
    hovered: null,
    selected: null,
    showDistricts: false,
    highlightCodes: ['06001'],
  })
  expect(layers.find((layer) => layer.id === 'communes-class-highlight')).toMatchObject({
    filter: ['in', ['get', 'code'], ['literal', ['06001']]],
  })
})
