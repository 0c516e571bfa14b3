import { expect, test } from 'vitest'
import { metresPerPixel, scaleBar } from '../../web/map/map-image'

test('the scale bar takes a round length about a sixth of the map wide', () => {
  expect(scaleBar(100, 900)).toEqual({ metres: 10_000, pixels: 100, label: '10 km' })
  expect(scaleBar(3, 600)).toEqual({ metres: 200, pixels: 200 / 3, label: '200 m' })
})

test('ground resolution follows MapLibre: about 284 m per pixel at zoom 8 at Lạng Sơn', () => {
  expect(metresPerPixel(21.85, 8)).toBeCloseTo(284, -1)
  expect(metresPerPixel(21.85, 9)).toBeCloseTo(metresPerPixel(21.85, 8) / 2, 6)
})
