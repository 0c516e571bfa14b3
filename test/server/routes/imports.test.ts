import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { readXlsxSheets } from '../../../server/imports/xlsx-sheets'
import { sharedDatabase } from '../../database'
import { fixture, fixtureText, utf16, windows1258, workbook } from '../../fixtures/imports/files'
import { importApi, removeImportsBy, signedIn } from './import-helpers'

// Upload → review → publish → the public sees it → history → rollback → the public sees the old
// value again, nothing deleted; on the embedded database and on PostgreSQL alike.

const database = sharedDatabase()
const api = importApi(database)
let planner: Awaited<ReturnType<typeof signedIn>>
beforeAll(async () => {
  planner = await signedIn(database.sql(), ['planner'])
})
afterAll(() => removeImportsBy(database.sql(), [planner.username]))

const document = 'Báo cáo 123/BC-SLĐTBXH ngày 1/12/2025'
const publicValue = async (indicator: string, code: string, year = 2025) =>
  (await api.get(`/api/indicators/${indicator}/values?year=${year}&commune=${code}`)).json().communes[0]
const history = async (code: string, indicator: string, year = 2025) =>
  (await api.get(`/api/values/history?unit=${code}&vintage=2025&indicator=${indicator}&year=${year}`, planner)).json()
const post = (url: string) => api.post(url, undefined, planner)

describe('a good long CSV in UTF-8', () => {
  test('becomes a draft the public does not see, with its preview', async () => {
    const before = await publicValue('poverty_rate', '06040')
    const answer = await api.upload(planner.cookie, 'giam-ngheo-2025.csv', fixture('good-long.csv'), document)
    expect(answer.status).toBe(201)
    const preview = answer.json()
    expect(preview).toMatchObject({
      fileName: 'giam-ngheo-2025.csv',
      format: 'csv',
      layout: 'long',
      encoding: 'utf-8',
      status: 'draft',
      uploadedBy: planner.username,
      document,
      summary: { rows: 4 },
    })
    expect(preview.checksum).toMatch(/^[0-9a-f]{64}$/)
    expect(preview.changes[0]).toEqual({
      row: 2,
      sheet: null,
      indicator: 'poverty_rate',
      code: '06040',
      name: 'Xã Thất Khê',
      vintage: '2025',
      year: 2025,
      before: { value: before.valueNumber, provenance: before.provenance, method: before.method },
      after: 12.5,
      kind: 'changed',
      document,
    })
    // "Quý Hoà" with the tone mark on the other vowel, "Tân Tiến" without "Xã": both match
    expect(preview.changes.map((change: { code: string; after: unknown }) => [change.code, change.after])).toEqual([
      ['06040', 12.5],
      ['06001', 8.25],
      ['06076', true],
      ['06019', 'III'],
    ])
    expect(preview.byUnit.map((unit: { code: string }) => unit.code)).toEqual(['06001', '06019', '06040', '06076'])
    expect(await publicValue('poverty_rate', '06040')).toEqual(before)
    const listed = (await api.get('/api/imports', planner)).json()
    expect(listed[0]).toMatchObject({ id: preview.id, status: 'draft', summary: preview.summary })
  })
})

test('the round trip: publish, the public sees it, history, rollback, the old value again', async () => {
  const old = await publicValue('poverty_rate', '06001')
  const versionsBefore = (await history('06001', 'poverty_rate')).length
  const { id } = (await api.upload(planner.cookie, 'round-trip.csv', fixture('good-long.csv'), document)).json()
  const published = await post(`/api/imports/${id}/publish`)
  expect(published.json()).toEqual({ published: true, versions: 4 })
  expect(await publicValue('poverty_rate', '06001')).toMatchObject({
    valueNumber: 8.25,
    provenance: 'imported',
    source: `${document} (round-trip.csv)`,
    method: 'stored',
  })
  const after = await history('06001', 'poverty_rate')
  expect(after).toHaveLength(versionsBefore + 1)
  expect(after[0]).toMatchObject({
    value: 8.25,
    provenance: 'imported',
    importId: id,
    recordedBy: planner.username,
    supersededBy: null,
  })
  expect(after[1]).toMatchObject({ supersededBy: after[0].id })
  // the batch now shows what it replaced
  const review = (await api.get(`/api/imports/${id}`, planner)).json()
  expect(review.status).toBe('published')
  expect(review.changes[1].before).toEqual({ value: old.valueNumber, provenance: old.provenance, method: 'stored' })

  expect((await post(`/api/imports/${id}/publish`)).status).toBe(409)
  const rolledBack = await post(`/api/imports/${id}/rollback`)
  expect(rolledBack.json()).toEqual({ rolledBack: true, versions: 4, skipped: 0 })
  expect(await publicValue('poverty_rate', '06001')).toMatchObject({
    valueNumber: old.valueNumber,
    provenance: old.provenance,
  })
  const last = await history('06001', 'poverty_rate')
  expect(last).toHaveLength(versionsBefore + 2)
  expect(last[0]).toMatchObject({ value: old.valueNumber, note: `rollback of import #${id}`, importId: null })
  const trail = (await api.get(`/api/imports/${id}/history`, planner)).json()
  expect(trail).toHaveLength(8) // four written, four restored: nothing deleted
  expect((await post(`/api/imports/${id}/rollback`)).status).toBe(409)
})

test('rolling back a value the import created withdraws it; a value changed since is left alone', async () => {
  const text = 'unit_code,indicator,year,value\n06040,temporary_houses,2019,3\n'
  const code2019 =
    await database.sql()`select code from unit where vintage = '2019' and level = 'commune' order by code limit 1`
  const bytes = new TextEncoder().encode(text.replace('06040', code2019[0]!.code))
  const { id } = (await api.upload(planner.cookie, 'created.csv', bytes, document)).json()
  expect((await post(`/api/imports/${id}/publish`)).json().versions).toBe(1)
  const result = (await post(`/api/imports/${id}/rollback`)).json()
  expect(result).toEqual({ rolledBack: true, versions: 1, skipped: 0 })
  const trail = (await api.get(`/api/imports/${id}/history`, planner)).json()
  expect(trail[0]).toMatchObject({ value: null, withdrawn: true, note: `rollback of import #${id}` })
})

test('a correction since the import is not undone by its rollback', async () => {
  const { id } = (await api.upload(planner.cookie, 'then-corrected.csv', fixture('good-long.csv'), document)).json()
  await post(`/api/imports/${id}/publish`)
  const correction = {
    indicator: 'poverty_rate',
    unit: '06040',
    year: 2025,
    value: '13,5',
    note: 'sai số trong báo cáo',
  }
  const corrected = await api.post('/api/values', correction, planner)
  expect(corrected.status).toBe(201)
  expect((await history('06040', 'poverty_rate'))[0]).toMatchObject({
    id: corrected.json().id,
    value: 13.5,
    note: 'sai số trong báo cáo',
  })
  expect((await post(`/api/imports/${id}/rollback`)).json()).toEqual({ rolledBack: true, versions: 3, skipped: 1 })
  expect(await publicValue('poverty_rate', '06040')).toMatchObject({ valueNumber: 13.5, provenance: 'imported' })
})

test('a correction is checked like an upload row', async () => {
  const bad = await api.post(
    '/api/values',
    { indicator: 'poverty_rate', unit: '06040', year: 2025, value: 140, note: 'xyz' },
    planner,
  )
  expect(bad.status).toBe(400)
  expect(bad.json()).toEqual({
    error: '140 is outside 0–100 %, the range of poverty_rate.',
    message: {
      vi: expect.stringContaining('140 nằm ngoài khoảng 0–100 %'),
      en: '140 is outside 0–100 %, the range of poverty_rate.',
    },
  })
  const wrongList = await api.post(
    '/api/values',
    { indicator: 'poverty_rate', unit: '06013', year: 2025, value: 1, note: 'xyz' },
    planner,
  )
  expect(wrongList.json().error).toMatch(/06013 is not in the 2025 list/)
  const noNote = await api.post(
    '/api/values',
    { indicator: 'poverty_rate', unit: '06040', year: 2025, value: 1, note: ' ' },
    planner,
  )
  expect(noNote.json().error).toMatch(/^Bad body: note: must have at least 3 characters/)
})

test('a discarded draft cannot be published', async () => {
  const { id } = (await api.upload(planner.cookie, 'discard.csv', fixture('good-long.csv'), document)).json()
  expect((await post(`/api/imports/${id}/rollback`)).status).toBe(409)
  expect((await post(`/api/imports/${id}/discard`)).json()).toEqual({ discarded: true })
  const again = await post(`/api/imports/${id}/publish`)
  expect([again.status, again.json().error]).toEqual([
    409,
    `Import #${id} is discarded, not a draft: nothing was changed.`,
  ])
  expect((await post('/api/imports/2000000000/publish')).status).toBe(404)
})

describe('other encodings, separators and formats', () => {
  test('a wide CSV with semicolons and decimal commas in Windows-1258', async () => {
    const bytes = windows1258(fixtureText('good-wide-semicolon.csv'))
    const answer = await api.upload(planner.cookie, 'tong-hop.csv', bytes, document)
    expect(answer.status).toBe(201)
    const preview = answer.json()
    expect(preview).toMatchObject({ layout: 'wide', encoding: 'windows-1258', summary: { rows: 8 } })
    const road = preview.changes.find(
      (change: { indicator: string; code: string }) =>
        change.indicator === 'village_road_hardened' && change.code === '06001',
    )
    expect(road).toMatchObject({ after: 62.5, row: 3, before: { method: 'villages' } })
    // within a row, values come in the catalogue's order
    expect(preview.changes.slice(0, 3)).toMatchObject([
      { code: '06040', indicator: 'especially_difficult_commune', after: 'III' },
      { code: '06040', indicator: 'village_road_hardened', after: 80 },
      { code: '06040', indicator: 'poverty_rate', after: 12.5, document: 'Báo cáo 45/BC-UBND ngày 2/12/2025' },
    ])
    expect(preview.changes[3]).toMatchObject({ code: '06001', document })
  })

  test('Excel "Unicode text": UTF-16 with tabs', async () => {
    const answer = await api.upload(planner.cookie, 'rung.csv', utf16(fixtureText('utf16-source.tsv')))
    expect(answer.status).toBe(201)
    expect(answer.json()).toMatchObject({ encoding: 'utf-16le', summary: { rows: 2 } })
    expect(answer.json().changes[0]).toMatchObject({
      indicator: 'forest_cover',
      after: 71.3,
      document: 'Báo cáo rừng 2025',
    })
  })

  test('an .xlsx whose code lost its leading zero in Excel', async () => {
    const bytes = workbook([
      ['Mã đơn vị', 'Tên đơn vị', 'Năm', 'commune_road_paved', 'temporary_houses'],
      [6040, 'Xã Thất Khê', 2025, 'x', 4],
      [6001, 'Xã Đoàn Kết', 2025, false, 0],
    ])
    const answer = await api.upload(planner.cookie, 'nha-tam.xlsx', bytes, document)
    expect(answer.status).toBe(201)
    expect(answer.json()).toMatchObject({ format: 'xlsx', encoding: 'xlsx', layout: 'wide', summary: { rows: 4 } })
    expect(answer.json().changes[0]).toMatchObject({ sheet: 'Số liệu', row: 2, code: '06040', after: true })
  })
})

// Issue #9: both fields took `=1+1`, which the CSV exports then carried to spreadsheets.
test('a source document that looks like a formula is refused in a correction and in the upload form, in both languages', async () => {
  const correction = await api.post(
    '/api/values',
    { indicator: 'poverty_rate', unit: '06040', year: 2025, value: 1, note: 'xyz', document: '=1+1' },
    planner,
  )
  const upload = await api.upload(planner.cookie, 'good-long.csv', fixture('good-long.csv'), ' @SUM(A1)')
  for (const answer of [correction, upload]) {
    expect(answer.status).toBe(400)
    expect(answer.json().message).toEqual({
      vi: expect.stringMatching(/document: Văn bản nguồn ".+" trông như công thức bảng tính/),
      en: expect.stringMatching(/document: The source document ".+" looks like a spreadsheet formula/),
    })
  }
})

describe('the template', () => {
  test('CSV: UTF-8 with a byte-order mark, notes, the 65 communes of 2025', async () => {
    const answer = await api.get('/api/imports/template?indicator=all&year=2025&layout=wide&format=csv', planner)
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-disposition')).toBe('attachment; filename="mau-nhap-all-2025-wide.csv"')
    expect(answer.text.startsWith('\uFEFF#,')).toBe(true)
    const lines = answer.text.split('\r\n').filter((line) => line && !line.replace('\uFEFF', '').startsWith('#'))
    expect(lines[0]).toMatch(
      /^unit_code,unit_name,vintage,year,especially_difficult_commune,commune_road_paved,village_road_hardened,/,
    )
    expect(lines[0]).not.toMatch(/population|income_per_capita/)
    expect(lines).toHaveLength(66)
    const width = lines[0]!.split(',').length
    expect(lines).toContain(['06040', 'Xã Thất Khê', '2025', '2025', ...Array(width - 4).fill('')].join(','))
  })

  test('long layout for 2023: the 200 units of the 2021 list', async () => {
    const answer = await api.get(
      '/api/imports/template?indicator=poverty_rate&year=2023&layout=long&format=csv',
      planner,
    )
    const rows = answer.text.split('\r\n').filter((line) => /^\d{5},/.test(line))
    expect(rows).toHaveLength(200)
    expect(rows[0]).toMatch(/^\d{5},[^,]+,2021,poverty_rate,2023,,$/)
  })

  test('figures of a pre-merger year, imported on the 2021 units, are carried onto the 65 communes', async () => {
    const template = await api.get(
      '/api/imports/template?indicator=poverty_rate&year=2023&layout=long&format=csv',
      planner,
    )
    // Every unit of the 2021 list at 7.5 %: a population-weighted mean of 7.5 is 7.5 on every new commune.
    const filled = template.text.replace(/^(\d{5},[^,]+,2021,poverty_rate,2023),,$/gm, '$1,"7,5",')
    const preview = (
      await api.upload(planner.cookie, 'ngheo-2023.csv', new TextEncoder().encode(filled), document)
    ).json()
    expect(preview.summary.rows).toBe(200)
    expect((await post(`/api/imports/${preview.id}/publish`)).status).toBe(200)
    const layer = (await api.get('/api/indicators/poverty_rate/values?year=2023&vintage=2025')).json()
    expect(layer.communes).toHaveLength(65)
    expect(new Set(layer.communes.map((commune: { valueNumber: number }) => commune.valueNumber))).toEqual(
      new Set([7.5]),
    )
    expect(new Set(layer.communes.map((commune: { provenance: string }) => commune.provenance))).toEqual(
      new Set(['imported']),
    )
    expect((await post(`/api/imports/${preview.id}/rollback`)).status).toBe(200)
    const after = (await api.get('/api/indicators/poverty_rate/values?year=2023&vintage=2025')).json()
    expect(new Set(after.communes.map((commune: { provenance: string }) => commune.provenance))).toEqual(
      new Set(['sample']),
    )
  })

  test('the .xlsx template: unfilled it has no data rows; filled for every commune, no sample is left', async () => {
    const template = await api.get('/api/imports/template?indicator=forest_cover&year=2025', planner)
    expect(template.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    const unfilled = await api.upload(planner.cookie, 'mau.xlsx', template.bytes, document)
    expect(unfilled.json().problems[0].message.en).toMatch(/no data rows/)
    const read = await readXlsxSheets(template.bytes)
    if ('problem' in read) throw new Error(read.problem.en)
    const [sheet, guide] = read.sheets
    expect(sheet!.rows[0]!.cells).toEqual(['unit_code', 'unit_name', 'vintage', 'year', 'forest_cover', 'document'])
    expect(guide!.name).toBe('Hướng dẫn')
    const filled = sheet!.rows.map((row, index) =>
      index === 0 ? row.cells : [...row.cells.slice(0, 4), 60 + (index % 30), null],
    )
    const preview = (await api.upload(planner.cookie, 'rung-2025.xlsx', workbook(filled), document)).json()
    expect(preview.summary.rows).toBe(65)
    expect((await post(`/api/imports/${preview.id}/publish`)).status).toBe(200)
    const layer = (await api.get('/api/indicators/forest_cover/values?year=2025')).json()
    expect(layer.communes).toHaveLength(65)
    expect(layer.communes.filter((commune: { provenance: string }) => commune.provenance !== 'imported')).toEqual([])
    expect((await post(`/api/imports/${preview.id}/rollback`)).status).toBe(200)
  })

  test('a province figure has no template', async () => {
    const answer = await api.get('/api/imports/template?indicator=income_per_capita', planner)
    expect(answer.status).toBe(400)
  })
})
