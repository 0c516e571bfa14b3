import { describe, expect, test } from 'vitest'
import { mapCredits } from '../../web/map-credits'

describe('mapCredits', () => {
  test('credits the sources whose licences require it, in the page’s language', () => {
    expect(mapCredits('vi', 'short')).toEqual(
      expect.arrayContaining(['Thôn: GeoNames (CC BY)', '© OpenStreetMap (ODbL)']),
    )
    expect(mapCredits('en', 'short')).toEqual(
      expect.arrayContaining(['Villages: GeoNames (CC BY)', 'Boundaries: bando.com.vn (NXB TN-MT&BĐVN)']),
    )
    expect(mapCredits('en', 'attribution').join(' ')).toContain('© OpenStreetMap contributors (ODbL)')
  })

  test('names only what the map draws: figures carry their own source', () => {
    expect(mapCredits('vi', 'short')).toHaveLength(6)
    expect(mapCredits('en', 'short').join(' ')).not.toMatch(/Population|Province figures|Targets/)
  })
})
