import { describe, expect, test } from 'vitest'
import { sharedDatabase } from '../../database'
import { appFor } from './app'

const api = appFor(sharedDatabase())

describe('GET /api/units', () => {
  test('answers the 65 communes of 2025 as GeoJSON by default', async () => {
    const response = await api.get('/api/units?vintage=2025')
    expect(response.type).toContain('application/geo+json')
    const collection = response.json()
    expect(collection.features).toHaveLength(65)
    expect(collection.features[0].properties).toMatchObject({
      code: expect.stringMatching(/^\d{5}$/),
      name: expect.any(String),
      type: expect.any(String),
    })
  })

  test('answers the 11 districts and the 226 communes of 2008–2019', async () => {
    expect((await api.get('/api/units?level=district')).json().features).toHaveLength(11)
    expect((await api.get('/api/units?vintage=2019')).json().features).toHaveLength(226)
  })

  test('a zoom picks the detail', async () => {
    const low = await api.get('/api/units?zoom=7')
    const full = await api.get('/api/units?zoom=13')
    expect(full.text.length).toBeGreaterThan(5 * low.text.length)
  })

  test.each([
    ['level=village', 'level: must be commune, district or province'],
    ['vintage=2030', 'vintage: must be one of 2019, 2021, 2024, 2025'],
    ['level=district&vintage=2025', 'vintage: district units exist in vintage 2021'],
    ['detail=huge', 'detail: must be low, medium or full'],
    ['zoom=-3', 'zoom: must be 0 or more'],
  ])('?%s is a 400 saying %s', async (query, message) => {
    const response = await api.get(`/api/units?${query}`)
    expect(response.status).toBe(400)
    expect(response.json().error).toContain(message)
  })
})

describe('GET /api/units/:code', () => {
  test('answers the newest unit, its former units and every indicator with provenance and targets', async () => {
    const detail = (await api.get('/api/units/06184')).json()
    expect(detail.unit).toMatchObject({ code: '06184', name: 'Xã Đồng Đăng', vintage: '2025', type: 'Xã' })
    expect(detail.former.map((unit: { name: string }) => unit.name)).toContain('Thị trấn Đồng Đăng')
    const cultural = detail.indicators.find((indicator: { code: string }) => indicator.code === 'cultural_house')
    expect(cultural.latest).toMatchObject({ year: 2026, provenance: 'sample', method: 'villages' })
    expect(cultural.series.map((value: { year: number }) => value.year)).toEqual([2021, 2022, 2023, 2024, 2025, 2026])
    expect(cultural.targets).toEqual([expect.objectContaining({ year: 2025, operator: '>=', value: 60 })])
    const population = detail.indicators.find((indicator: { code: string }) => indicator.code === 'population')
    expect(population.latest).toMatchObject({ year: 2025, provenance: 'official' })
  })

  test("lists the commune's villages with their flags, keyed by indicator code", async () => {
    const detail = (await api.get('/api/units/06184')).json()
    expect(detail.villages.length).toBeGreaterThan(0)
    expect(detail.villages[0]).toMatchObject({
      name: expect.any(String),
      year: 2026,
      flags: { cultural_house: expect.any(Boolean), village_road_hardened: expect.any(Boolean) },
    })
  })

  test('?vintage= names an older unit with the same code', async () => {
    const detail = (await api.get('/api/units/06040?vintage=2021')).json()
    expect(detail.unit.name).toBe('Xã Đại Đồng')
    expect(detail.later.map((unit: { name: string }) => unit.name).sort()).toEqual(['Xã Quốc Khánh', 'Xã Thất Khê'])
  })

  test('an unknown code is a 404, a malformed one a 400', async () => {
    expect((await api.get('/api/units/99999')).status).toBe(404)
    const bad = await api.get('/api/units/06a40')
    expect(bad.status).toBe(400)
    expect(bad.json().error).toContain('code: must be an official code of 2, 3 or 5 digits')
  })
})
