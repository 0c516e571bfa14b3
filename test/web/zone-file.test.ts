import { expect, test } from 'vitest'
import { zoneFromFile } from '../../web/zone-file'

const square = [
  [
    [106.7, 21.9],
    [106.72, 21.9],
    [106.72, 21.92],
    [106.7, 21.92],
    [106.7, 21.9],
  ],
]

// Issue 10 §5: an uploaded zone takes its name from the file and shows a preview.
test('a FeatureCollection of polygons: its outline, its first name and its area', () => {
  const zone = zoneFromFile({
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { ten: 'Khu vực kho K2' }, geometry: { type: 'Polygon', coordinates: square } },
      { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [square] } },
    ],
  })
  expect(zone).toMatchObject({ name: 'Khu vực kho K2', parts: 2, outline: { type: 'MultiPolygon' } })
  expect(zone!.areaKm2).toBeGreaterThan(8)
  expect(zone!.areaKm2).toBeLessThan(10)
})

test('a bare geometry has no name; a file without a polygon is no zone', () => {
  expect(zoneFromFile({ type: 'Polygon', coordinates: square })).toMatchObject({ name: null, parts: 1 })
  expect(zoneFromFile({ type: 'Point', coordinates: [106.7, 21.9] })).toBeNull()
  expect(zoneFromFile('not json')).toBeNull()
})
