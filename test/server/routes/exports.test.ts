import { beforeAll, describe, expect, test } from 'vitest'
import { parseDelimited } from '../../../server/imports/delimited'
import { sharedDatabase } from '../../database'
import { appFor, sessionFor, testAccount } from './app'
import { fields, parseCsv } from './csv-reading'
import { removeImportsBy } from './import-helpers'

const database = sharedDatabase()
const api = appFor(database)
let cookie = ''
beforeAll(async () => {
  cookie = await sessionFor(database.sql(), (await testAccount(database.sql(), ['planner'])).id)
})

describe('GET /api/export.csv', () => {
  test('the indicator on the map: 65 communes with value, provenance and the next commune target', async () => {
    const answer = await api.get('/api/export.csv?kind=indicator&indicator=poverty_rate&year=2024', { cookie })
    expect(answer.status).toBe(200)
    expect(answer.type).toBe('text/csv; charset=utf-8')
    expect(answer.headers.get('content-disposition')).toBe('attachment; filename="lang-son-poverty_rate-2024.csv"')
    const csv = parseCsv(answer)
    expect(csv.header).toEqual([
      'code',
      'name',
      'value',
      'unit',
      'provenance',
      'source',
      'method',
      'target_year',
      'threshold',
      'gap',
      'met',
    ])
    expect(csv.rows).toHaveLength(65)
    const layer = (await api.get('/api/indicators/poverty_rate/values?year=2024')).json()
    const first = layer.communes[0]
    expect(csv.rows[0]).toMatchObject({
      code: first.code,
      value: String(first.valueNumber),
      provenance: 'sample',
      method: 'crosswalk',
      target_year: '2025',
      threshold: String(first.targets[0].threshold),
    })
    // Each line labelled in Vietnamese beside its key, words in both languages (issue 10 §3).
    for (const key of [
      'Tiêu đề / title: Lạng Sơn: Tỷ lệ hộ nghèo',
      'Nội dung / what',
      'Năm / year: 2024',
      'Nguồn gốc số liệu / provenance: dữ liệu mẫu: 65 / sample: 65',
      'Cảnh báo / warning: DỮ LIỆU MẪU',
      'Ghi nguồn / attribution',
      'Phiên bản dữ liệu công khai / dataVersion',
    ])
      expect(csv.metadata.some((line) => line.startsWith(key))).toBe(true)
  })

  test('the ranking: rank, score, population, a value and a contribution per weighted indicator, stability', async () => {
    const answer = await api.get(
      '/api/export.csv?kind=ranking&year=2025&weights=poverty_rate:2,new_rural_standard:1&normalise=rank',
      { cookie },
    )
    expect(answer.headers.get('content-disposition')).toBe('attachment; filename="lang-son-ranking-2025.csv"')
    const csv = parseCsv(answer)
    expect(csv.header).toEqual([
      'rank',
      'code',
      'name',
      'score',
      'population',
      'poverty_rate_value',
      'poverty_rate_contribution',
      'new_rural_standard_value',
      'new_rural_standard_contribution',
      'provenance',
      'stability',
    ])
    expect(csv.rows).toHaveLength(65)
    expect(csv.rows[0]).toMatchObject({ rank: '1', new_rural_standard_value: expect.stringMatching(/^(yes|no)$/) })
    expect(csv.rows.filter((row) => row.rank === '')).toHaveLength(4)
    expect(csv.metadata).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Phương pháp \/ method: rank: mức khó khăn = .* \/ rank: disadvantage = /),
        'Trọng số / weights.poverty_rate: 2',
        'Trọng số / weights.new_rural_standard: 1',
        'Quy đổi / mapping.especially_difficult_commune: none=0, I=1, II=2, III=3 (khu vực III khó khăn nhất) / none=0, I=1, II=2, III=3 (region III most disadvantaged)',
        'Quy đổi / mapping.flags: có (yes)=1, không (no)=0 / yes=1, no=0',
      ]),
    )
  })

  test('is audited with its parameters', async () => {
    await api.get('/api/export.csv?kind=ranking&weights=forest_cover:3', { cookie })
    const [entry] = await database.sql()`
      select target, detail from audit.event where action = 'export' order by id desc limit 1`
    expect(entry).toEqual({
      target: 'csv',
      detail: { kind: 'ranking', year: 2025, weights: { forest_cover: 3 }, normalise: 'minmax' },
    })
  })

  test.each([
    ['kind=gates', 400, 'kind: must be indicator or ranking'],
    ['kind=indicator&indicator=nothing', 404, 'No indicator with code nothing'],
    ['kind=indicator&indicator=income_per_capita', 400, 'income_per_capita is a province figure'],
    ['kind=ranking', 400, 'weights: is required'],
    ['kind=ranking&weights=foo:1', 400, 'weights: unknown indicator "foo"'],
  ])('?%s answers %i: %s', async (query, status, message) => {
    const answer = await api.get(`/api/export.csv?${query}`, { cookie })
    expect(answer.status).toBe(status)
    expect(answer.json().error).toContain(message)
  })
})

// Issue #9: a source document with commas came out in `# valueSources: …` unquoted, and a
// spreadsheet split it into cells starting with = and -.
test('a hostile source document leaves in no cell that starts a formula, and the import reads the file back', async () => {
  const hostile = `QD 12/2025,=HYPERLINK("http://evil.example"),-2+3+cmd|' /C calc'!A0`
  const account = await testAccount(database.sql(), ['planner'])
  const planner = await sessionFor(database.sql(), account.id)
  try {
    const correction = { indicator: 'poverty_rate', unit: '06040', year: 2025, value: 7.5, note: 'test' }
    const saved = await api.post('/api/values', { ...correction, document: hostile }, { cookie: planner })
    expect(saved.status).toBe(201)
    const answer = await api.get('/api/export.csv?kind=indicator&indicator=poverty_rate&year=2025', { cookie })
    const lines = answer.text.slice(1).split('\r\n')
    expect(lines.find((line) => line.startsWith('# Văn bản nguồn / valueSources:'))).toContain(
      hostile.replaceAll('"', '""'),
    )
    const cells = lines.flatMap(fields)
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell) && Number.isNaN(Number(cell)))).toEqual([])
    const parsed = parseDelimited(answer.text)
    expect('sheet' in parsed && parsed.sheet.rows.length).toBe(66)
  } finally {
    await removeImportsBy(database.sql(), [account.username])
  }
})

describe('GET /api/export.geojson', () => {
  test('the 65 communes with the same columns as properties and the metadata on top', async () => {
    const url = 'kind=ranking&year=2024&weights=poverty_rate:1,cultural_house:1'
    const answer = await api.get(`/api/export.geojson?${url}`, { cookie })
    expect(answer.status).toBe(200)
    expect(answer.type).toContain('application/geo+json')
    expect(answer.headers.get('content-disposition')).toBe('attachment; filename="lang-son-ranking-2024.geojson"')
    const collection = answer.json()
    expect(collection.features).toHaveLength(65)
    expect(collection.features[0].geometry.type).toBe('MultiPolygon')
    const csv = parseCsv(await api.get(`/api/export.csv?${url}`, { cookie }))
    expect(Object.keys(collection.features[0].properties)).toEqual(csv.header)
    expect(collection.features[0].properties.rank).toBe(1)
    expect(collection.metadata).toMatchObject({
      year: 2024,
      weights: { poverty_rate: 1, cultural_house: 1 },
      warning: { vi: expect.stringContaining('DỮ LIỆU MẪU'), en: expect.stringContaining('SAMPLE DATA') },
    })
  })
})

// Issue 10 §6: the published figures of the map are everyone's download; the ranking is not.
describe('without an account', () => {
  const exportsAudited = async () =>
    (await database.sql()`select count(*)::int as n from audit.event where action = 'export'`)[0]!.n as number

  test('the CSV of an indicator: 65 communes with value, provenance and source, and the sources credited', async () => {
    const before = await exportsAudited()
    const answer = await api.get('/api/export.csv?kind=indicator&indicator=poverty_rate&year=2024')
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-disposition')).toBe('attachment; filename="lang-son-poverty_rate-2024.csv"')
    const csv = parseCsv(answer)
    expect(csv.rows).toHaveLength(65)
    expect(csv.header).toEqual(expect.arrayContaining(['code', 'name', 'value', 'provenance', 'source']))
    expect(csv.rows.every((row) => row.provenance && row.source)).toBe(true)
    expect(csv.metadata.some((line) => line.startsWith('Ghi nguồn / attribution'))).toBe(true)
    // Published figures: who downloads them is nobody's business (an account's downloads are audited).
    expect(await exportsAudited()).toBe(before)
  })

  test('the GeoJSON of an indicator: the 65 communes with the same columns', async () => {
    const answer = await api.get('/api/export.geojson?kind=indicator&indicator=forest_cover&year=2025')
    expect(answer.status).toBe(200)
    const collection = answer.json()
    expect(collection.features).toHaveLength(65)
    expect(collection.features[0].properties).toMatchObject({
      provenance: expect.any(String),
      source: expect.any(String),
    })
    expect(collection.metadata.attribution).toEqual(expect.any(String))
  })

  test.each([
    '/api/export.csv?kind=ranking&weights=poverty_rate:1',
    '/api/export.geojson?kind=ranking&weights=poverty_rate:1',
    '/api/export.csv?kind=indicator&kind=ranking&indicator=poverty_rate&weights=poverty_rate:1',
    '/api/export.csv?kind=gates',
    '/api/export.csv',
  ])('%s asks to sign in first (401)', async (url) => {
    expect((await api.get(url)).status).toBe(401)
  })

  test("an account's download of an indicator is audited", async () => {
    const before = await exportsAudited()
    await api.get('/api/export.csv?kind=indicator&indicator=poverty_rate&year=2024', { cookie })
    expect(await exportsAudited()).toBe(before + 1)
  })
})
