import { describe, expect, test } from 'vitest'
import { sharedDatabase } from '../../database'
import { appFor } from './app'

const api = appFor(sharedDatabase())

describe('GET /api/indicators', () => {
  test('lists the catalogue with the plan clause, department and targets', async () => {
    const catalogue = (await api.get('/api/indicators')).json()
    expect(catalogue.length).toBeGreaterThanOrEqual(23)
    expect(catalogue.find((indicator: { code: string }) => indicator.code === 'village_road_hardened')).toMatchObject({
      nameVi: 'Tỷ lệ thôn có đường ô tô đến trung tâm thôn được cứng hóa',
      planClause: 'II.2.1 bullet 4',
      departmentVi: 'Sở Giao thông vận tải',
      targets: [{ year: 2025, operator: '>=', value: 80, scope: 'commune' }],
    })
  })
})

describe('GET /api/indicators/:code/values', () => {
  test('the 2021 units have exactly 88 communes of value III', async () => {
    const layer = (await api.get('/api/indicators/especially_difficult_commune/values?year=2021&vintage=2021')).json()
    expect(layer.communes).toHaveLength(200)
    expect(layer.communes.filter((row: { valueCategory: string }) => row.valueCategory === 'III')).toHaveLength(88)
  })

  test('pre-merger years on the 2025 communes name the crosswalk rule', async () => {
    const layer = (await api.get('/api/indicators/poverty_rate/values?year=2022')).json()
    expect(layer).toMatchObject({
      vintage: '2025',
      year: 2022,
      rule: {
        vi: 'bình quân gia quyền theo dân số 2019 của các xã cũ',
        en: 'population-weighted mean of the former units (census 2019)',
      },
    })
    expect(layer.communes).toHaveLength(65)
  })

  test('without a year it answers the latest year with data', async () => {
    expect((await api.get('/api/indicators/forest_cover/values')).json().year).toBe(2026)
  })

  test('village flags for a village indicator', async () => {
    const layer = (await api.get('/api/indicators/cultural_house/values?year=2024&level=village')).json()
    expect(layer.villages).toHaveLength(1351)
    expect(layer.villages[0]).toMatchObject({ valueFlag: expect.any(Boolean), provenance: 'sample' })
  })

  test.each([
    ['/api/indicators/nothing/values', 404, 'No indicator with code nothing'],
    ['/api/indicators/Forest-Cover/values', 400, 'code: must be an indicator code'],
    ['/api/indicators/forest_cover/values?year=1850', 400, 'year: must be 2000 or later'],
    ['/api/indicators/forest_cover/values?year=2021.5', 400, 'year: must be a whole number'],
    ['/api/indicators/forest_cover/values?vintage=2024', 400, 'vintage: values exist for vintages 2025, 2021 and 2019'],
    ['/api/indicators/forest_cover/values?level=village', 400, 'forest_cover is a commune indicator'],
    ['/api/indicators/forest_cover/values?commune=123', 400, 'commune: must be a 5-digit commune code'],
  ])('%s answers %i: %s', async (url, status, message) => {
    const response = await api.get(url)
    expect(response.status).toBe(status)
    expect(response.json().error).toContain(message)
  })
})
