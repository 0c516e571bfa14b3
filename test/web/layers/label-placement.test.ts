import { describe, expect, test } from 'vitest'
import { labelBox, type Measure, placeLabels, worldPixels } from '../../../web/layers/label-placement'
import type { Label } from '../../../web/layers/places'

// Every character 0.6 em wide: the tests do not depend on a font.
const measure: Measure = (text, size) => text.length * size * 0.6

// Two neighbours of Lạng Sơn city about 8 km apart: at zoom 8 their names would overlap.
const tamThanh: Label = { code: '05986', text: 'Tam Thanh', position: [106.737, 21.885], priority: 20 }
const congSon: Label = { code: '06172', text: 'Công Sơn', position: [106.79, 21.89], priority: 90 }
const faraway: Label = { code: '06616', text: 'Thái Bình', position: [107.1, 21.6], priority: 5 }

describe('placeLabels', () => {
  test('of two names that would overlap, only the larger commune is drawn', () => {
    const at8 = [tamThanh, congSon].map((label) => labelBox(label, 8, null, measure))
    expect(at8[0]!.right).toBeGreaterThan(at8[1]!.left)
    expect(placeLabels([tamThanh, congSon, faraway], 8, null, measure).map((label) => label.text)).toEqual([
      'Công Sơn',
      'Thái Bình',
    ])
  })

  test('the selected commune is drawn whatever its size', () => {
    expect(placeLabels([tamThanh, congSon], 8, tamThanh.code, measure).map((label) => label.text)).toEqual([
      'Tam Thanh',
    ])
  })

  test('zoomed in far enough, both fit', () => {
    expect(placeLabels([tamThanh, congSon], 12, null, measure)).toHaveLength(2)
  })

  test('no name when zoomed out below 7.5', () => {
    expect(placeLabels([tamThanh, congSon, faraway], 7.4, null, measure)).toEqual([])
  })

  test('no two drawn names touch, among many close together', () => {
    const crowd: Label[] = Array.from({ length: 200 }, (_, index) => ({
      code: String(index).padStart(5, '0'),
      text: `Xã số ${index}`,
      position: [106.2 + ((index * 37) % 100) / 80, 21.4 + ((index * 53) % 100) / 90],
      priority: index % 7,
    }))
    for (const zoom of [7.5, 8.3, 9.6, 11]) {
      const boxes = placeLabels(crowd, zoom, '00042', measure).map((label) => labelBox(label, zoom, '00042', measure))
      expect(boxes.length).toBeGreaterThan(3)
      for (const [index, a] of boxes.entries())
        for (const b of boxes.slice(index + 1))
          expect(a.left >= b.right || b.left >= a.right || a.top >= b.bottom || b.top >= a.bottom).toBe(true)
    }
  })
})

test('worldPixels is Web Mercator on 512-pixel tiles', () => {
  expect(worldPixels([0, 0], 0)).toEqual([256, 256])
  const [, north] = worldPixels([0, 85.0511287798], 0)
  expect(north).toBeCloseTo(0, 6)
})
