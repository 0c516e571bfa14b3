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

describe('GET /api/units/:code/former', () => {
  test('lists the former units of the 2021 list with their own values and the carry rules, to anyone', async () => {
    const answer = await api.get('/api/units/06040/former')
    expect(answer.status).toBe(200)
    const body = answer.json()
    expect(body).toMatchObject({ code: '06040', name: 'Xã Thất Khê', year: 2024 })
    expect(body.rules).toMatchObject({
      poverty_rate: { vi: 'bình quân gia quyền theo dân số 2019 của các xã cũ' },
      cultural_house: { en: 'share of the mapped villages with the flag (%)' },
      forest_cover: { vi: 'bình quân gia quyền theo diện tích của các xã cũ' },
    })
    expect(body.former.map((unit: { code: string }) => unit.code).sort()).toEqual(['05995', '06013', '06034', '06040'])
    const town = body.former.find((unit: { code: string }) => unit.code === '05995')
    expect(town).toMatchObject({ name: 'Thị trấn Thất Khê', vintage: '2021', kind: 'whole', share: 1 })
    expect(town.values.poverty_rate).toEqual({ value: expect.any(Number), provenance: 'sample' })
    expect(town.values.especially_difficult_commune.value).toMatch(/^(none|I|II|III)$/)
    // village indicators come from the villages, never from the former units
    expect(town.values.cultural_house).toBeUndefined()
    const part = body.former.find((unit: { code: string }) => unit.code === '06040')
    expect(part).toMatchObject({ name: 'Xã Đại Đồng', kind: 'part' })
  })

  test('takes a year of the 2021 list', async () => {
    const body = (await api.get('/api/units/06040/former?year=2021')).json()
    expect(body.year).toBe(2021)
    expect(body.former[0].values.poverty_rate.value).toEqual(expect.any(Number))
  })

  test.each([
    ['/api/units/99999/former', 404, 'No unit with code 99999'],
    ['/api/units/20/former', 400, '20 is not one of the 65 communes of 2025'],
    ['/api/units/05971/former', 400, '05971 is not one of the 65 communes of 2025'],
    ['/api/units/06040/former?year=2025', 400, 'year: must be 2024 or earlier'],
    ['/api/units/0604/former', 400, 'code: must be an official code'],
  ])('%s answers %i: %s', async (url, status, message) => {
    const answer = await api.get(url)
    expect(answer.status).toBe(status)
    expect(answer.json().error).toContain(message)
  })
})
