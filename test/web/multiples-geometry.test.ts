import type { FeatureCollection, Geometry } from 'geojson'
import { expect, test } from 'vitest'
import { multiplesGeometry, sheetMultiples } from '../../web/multiples-geometry'

// Two communes side by side, the western one with a boundary of 400 points along a gentle wave (as a
// surveyed boundary has), and one without an outline.
const wave = Array.from({ length: 400 }, (_, index) => [106.5, 21.5 + (index / 400) * 0.5 + 0] as [number, number]).map(
  ([longitude, latitude], index) => [longitude + Math.sin(index / 3) * 0.0004, latitude] as [number, number],
)
const communes: FeatureCollection<Geometry | null, { code: string }> = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { code: '06001' },
      geometry: { type: 'Polygon', coordinates: [[[106, 21.5], ...wave, [106.5, 22], [106, 22], [106, 21.5]]] },
    },
    {
      type: 'Feature',
      properties: { code: '06002' },
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [106.5, 21.5],
              [107, 21.5],
              [107, 22],
              [106.5, 22],
              [106.5, 21.5],
            ],
          ],
        ],
      },
    },
    { type: 'Feature', properties: { code: '06003' }, geometry: null },
  ],
}
const points = (path: string) => path.split(/[ML]/).filter(Boolean).length

test('one shape per commune with an outline, fitted into the box with the province’s shape', () => {
  const geometry = multiplesGeometry(communes, 200)
  expect(geometry.shapes.map((shape) => shape.code)).toEqual(['06001', '06002'])
  expect(geometry.width).toBe(200)
  // One degree wide, half a degree tall at 21.75° N in Web Mercator: a little over half as tall.
  expect(geometry.height).toBeGreaterThan(100)
  expect(geometry.height).toBeLessThan(112)
  for (const shape of geometry.shapes)
    for (const value of shape.path
      .split(/[MLZ ]/)
      .filter(Boolean)
      .map(Number)) {
      expect(value).toBeGreaterThanOrEqual(0)
      expect(value).toBeLessThanOrEqual(200)
    }
})

test('simplified to about a pixel: the wave’s 400 points drop to a handful, the square keeps its corners', () => {
  const geometry = multiplesGeometry(communes, 200)
  expect(points(geometry.shapes[0]!.path)).toBeLessThan(20)
  expect(points(geometry.shapes[1]!.path)).toBe(5)
  expect(geometry.shapes[1]!.path).toMatch(/^M100\.0 \d+\.\dL/)
})

test('no outlines: an empty box, not an error', () => {
  expect(multiplesGeometry({ type: 'FeatureCollection', features: [] })).toEqual({ width: 240, height: 0, shapes: [] })
})

test('the sheet’s small maps: one per year, each commune in its year’s colour, grey without a value', () => {
  const geometry = multiplesGeometry(communes, 200)
  const sheet = sheetMultiples(
    geometry,
    [
      { year: 2021, colours: new Map([['06001', '#ffffcc']]) },
      {
        year: 2022,
        colours: new Map([
          ['06001', '#253494'],
          ['06002', '#41b6c4'],
        ]),
      },
    ],
    '#cccccc',
  )
  expect(sheet.maps.map((item) => item.label)).toEqual(['2021', '2022'])
  expect(sheet.maps[0]!.shapes.map((shape) => shape.colour)).toEqual(['#ffffcc', '#cccccc'])
  expect(sheet.maps[1]!.shapes.map((shape) => shape.colour)).toEqual(['#253494', '#41b6c4'])
  expect(sheet.maps[1]!.shapes[0]!.path).toBe(geometry.shapes[0]!.path)
})
