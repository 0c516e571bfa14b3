import { star } from '../../test/server/routes/zone-shapes'
import type { FuzzCase } from './cases'

// Bad zone geometries (the restricted-zone routes): broken rings, wrong types, wrong places and
// units, too many positions, rings or features, and the shapes that once held the server. Pure.

type Position = [number, number]
const ring = (west = 106.7, south = 21.9, size = 0.02): Position[] => [
  [west, south],
  [west + size, south],
  [west + size, south + size],
  [west, south + size],
  [west, south],
]
const polygon = (coordinates: unknown) => ({ type: 'Polygon', coordinates })
const feature = (geometry: unknown) => ({ type: 'Feature', properties: {}, geometry })
const collection = (features: unknown[]) => ({ type: 'FeatureCollection', features })
export const square = polygon([ring()])
// Positions on a circle, rounded: 300,000 are over the 1 MB body limit, 10,001 one over the cap.
const circleOf = (count: number) =>
  Array.from({ length: count }, (_, index) => {
    const angle = (2 * Math.PI * index) / (count - 1)
    return [
      Math.round((106.7 + 0.05 * Math.cos(angle)) * 100) / 100,
      Math.round((21.9 + 0.05 * Math.sin(angle)) * 100) / 100,
    ]
  })
const badGeometries: [string, unknown][] = [
  ['a self-crossing star of 301 points', star(301)],
  ['unclosed ring', polygon([ring().slice(0, 4)])],
  ['2-point ring', polygon([ring().slice(0, 2)])],
  ['3-position ring', polygon([[...ring().slice(0, 2), ring()[0]]])],
  ['zero area', polygon([ring(106.7, 21.9, 0)])],
  ['bow tie', polygon([[ring()[0], ring()[2], ring()[1], ring()[3], ring()[0]]])],
  ['hole outside the shell', polygon([ring(), ring(106.8, 22.0, 0.01)])],
  ['null coordinates', polygon([ring().map(([lon]) => [lon, null])])],
  ['string coordinates', polygon([ring().map(([lon, lat]) => [String(lon), lat])])],
  ['huge coordinates', polygon([ring(1e307, 1e307, 1e307)])],
  ['outside the province', polygon([ring(0, 0)])],
  ['inside the bounds, outside the province', polygon([ring(105.8, 21.1, 0.01)])],
  ['metres instead of degrees', polygon([ring(650_000, 2_420_000, 1000)])],
  ['latitude and longitude swapped', polygon([ring(21.9, 106.7)])],
  ['larger than 2,000 km²', polygon([ring(106.3, 21.5, 0.9)])],
  ['3D positions', polygon([ring().map((position) => [...position, 250])])],
  ['5 numbers a position', polygon([ring().map((position) => [...position, 1, 2, 3])])],
  ['1 number a position', polygon([ring().map(([lon]) => [lon])])],
  ['positions as objects', polygon([ring().map(([lon, lat]) => ({ lon, lat }))])],
  ['a ring of 300,000 positions', polygon([circleOf(300_000)])],
  ['a ring of 10,001 positions', polygon([circleOf(10_001)])],
  ['no rings', polygon([])],
  ['an empty ring', polygon([[]])],
  ['nested too deep', polygon([[ring()]])],
  ['101 rings', polygon(Array.from({ length: 101 }, () => ring()))],
  [
    '101 squares',
    { type: 'MultiPolygon', coordinates: Array.from({ length: 101 }, (_, i) => [ring(106.5 + i / 200, 21.9, 0.004)]) },
  ],
  ['Point', { type: 'Point', coordinates: [106.7, 21.9] }],
  ['LineString', { type: 'LineString', coordinates: ring() }],
  ['GeometryCollection', { type: 'GeometryCollection', geometries: [square] }],
  ['MultiPolygon of nothing', { type: 'MultiPolygon', coordinates: [] }],
  ['type missing', { coordinates: [ring()] }],
  ['type in lower case', { type: 'polygon', coordinates: [ring()] }],
  ['coordinates missing', { type: 'Polygon' }],
  ['Feature without geometry', feature(null)],
  ['Feature of a Point', feature({ type: 'Point', coordinates: [106.7, 21.9] })],
  ['empty FeatureCollection', collection([])],
  [
    'FeatureCollection with a LineString',
    collection([feature(square), feature({ type: 'LineString', coordinates: ring() })]),
  ],
  [
    'FeatureCollection of 2,000 features',
    collection(
      Array.from({ length: 2000 }, (_, i) => feature(polygon([ring(106.5 + (i % 50) / 100, 21.6 + i / 5000, 0.005)]))),
    ),
  ],
  ['GeoJSON as text', JSON.stringify(square)],
]
/** Every bad geometry in a zone's body, the other fields as in `base`; and numbers JSON cannot hold. */
export const geometryCases = (url: string, base: Record<string, unknown>): FuzzCase[] => [
  ...badGeometries.map(([label, geometry]) => ({
    kind: 'body' as const,
    label: `geometry: ${label}`,
    url,
    body: { ...base, geometry },
  })),
  ...['NaN', '1e999', '-Infinity'].map((number) => ({
    kind: 'body' as const,
    label: `geometry with ${number}`,
    url,
    headers: { 'content-type': 'application/json' },
    rawBody: JSON.stringify({ ...base, geometry: square }).replace('106.7,', `${number},`),
  })),
]
