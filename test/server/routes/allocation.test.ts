import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { readXlsxSheets } from '../../../server/imports/xlsx-sheets'
import { sharedDatabase } from '../../database'
import { type Answer, appFor, sessionFor, testAccount } from './app'
import { parseCsv } from './csv-reading'

// Capital allocation scenarios (issue 11 §2) through the real routes: the default rule on the 65
// communes, exact sums for awkward totals, the highest coefficient only, overrides by hand and by
// file, saved scenarios (audited, listed, opened, copied, changed, withdrawn, compared, exported)
// and refusals in both languages that save nothing. Saved scenarios are removed afterwards.

const database = sharedDatabase()
const api = appFor(database)
const cookies = { planner: '', admin: '', border: '', none: '' }
const usernames: string[] = []

type Item = {
  code: string
  name: string
  class: string
  coefficient: number
  villages: number
  border: boolean
  score: number
  share: number
  amount: number
  provenance: string | null
  sample: boolean
  inputs: Record<string, { provenance: string | null; overridden: boolean }>
}

beforeAll(async () => {
  const sql = database.sql()
  for (const role of ['planner', 'admin', 'border', 'none'] as const) {
    const account = await testAccount(sql, role === 'none' ? [] : [role])
    usernames.push(account.username)
    cookies[role] = await sessionFor(sql, account.id)
  }
})

afterAll(async () => {
  const sql = database.sql()
  // Copies name their origin: remove them first.
  await sql`delete from allocation_scenario where created_by = any(${usernames}) and copied_from is not null`
  await sql`delete from allocation_scenario where created_by = any(${usernames})`
})

const preview = (body: unknown, cookie = cookies.planner) => api.post('/api/allocation/preview', body, { cookie })
const sumOf = (items: Item[]) => items.reduce((sum, item) => sum + item.amount, 0)
const scenarioCount = async () =>
  (await database.sql()<{ count: number }[]>`select count(*)::int as count from allocation_scenario`)[0]!.count
const auditOf = (target: string) =>
  database.sql()<{ username: string; action: string; detail: Record<string, unknown> }[]>`
    select username, action, detail from audit.event where target = ${target} order by id`

function expectBilingual(answer: Answer, english: RegExp, vietnamese: RegExp) {
  expect(answer.status).toBe(400)
  const body = answer.json()
  expect(body.error).toBe(body.message.en)
  expect(body.message.en).toMatch(english)
  expect(body.message.vi).toMatch(vietnamese)
}

describe('the preview', () => {
  test('only a total: the 65 communes of 2025 with code, name, score, share and amount, by the default rule', async () => {
    const answer = await preview({ total: 1_000_003 })
    expect(answer.status).toBe(200)
    expect(answer.headers.get('cache-control')).toBe('no-store')
    const body = answer.json()
    const codes = await database.sql()<{ code: string }[]>`
      select code from unit where level = 'commune' and vintage = '2025' order by code`
    const items: Item[] = body.items
    expect(items.map((item) => item.code)).toEqual(codes.map((row) => row.code))
    const defaults: Record<string, number> = {
      regionIII: 50,
      safeZone: 50,
      border: 50,
      regionII: 40,
      regionI: 30,
      other: 25,
    }
    for (const item of items) {
      expect(item.name).toMatch(/\S/)
      expect(item.coefficient).toBe(defaults[item.class])
      expect(item.score).toBe(item.coefficient + item.villages)
      expect(item.share).toBeGreaterThan(0)
      expect(item.share).toBeLessThan(1)
      expect(Number.isInteger(item.amount)).toBe(true)
      // The whole part of the quota, or one more (the largest remainders).
      const quota = Math.floor((1_000_003 * item.score) / body.totals.score)
      expect(item.amount - quota).toBeGreaterThanOrEqual(0)
      expect(item.amount - quota).toBeLessThanOrEqual(1)
    }
    expect(sumOf(items)).toBe(1_000_003)
    expect(body.totals).toMatchObject({ amount: 1_000_003, communes: 65, eligible: 65 })
    expect(items.reduce((sum, item) => sum + item.share, 0)).toBeCloseTo(1, 4)
    // The border criterion is public to planners (docs/architecture.md, "Capital allocation").
    expect(items.filter((item) => item.class === 'border').length).toBeGreaterThan(0)
    expect(body.words.example.vi).toMatch(/= 54 điểm/)
    expect(body.words.example.en).toMatch(/scores 50 \+ 4 × 1 = 54/)
  })

  test('the sample warning when a sample input is used, with each row’s provenance', async () => {
    const body = (await preview({ total: 1000 })).json()
    const sampled = body.items.filter((item: Item) => item.sample)
    expect(sampled.length).toBeGreaterThan(0)
    expect(body.sample).toBe(true)
    expect(body.warnings[0].vi).toMatch(/dữ liệu mẫu ở \d+ xã/)
    expect(body.warnings[0].en).toMatch(/sample data in \d+ communes/)
    for (const item of sampled as Item[]) {
      expect(item.provenance).toBe('sample')
      expect(item.inputs.border!.provenance).toBe('computed')
    }
  })

  test.each([1, 7, 1_000_003, 10_000_000])('the amounts add up exactly to %i', async (total) => {
    const body = (await preview({ total })).json()
    expect(body.items).toHaveLength(65)
    expect(sumOf(body.items)).toBe(total)
    expect(body.items.every((item: Item) => item.amount >= 0 && Number.isInteger(item.amount))).toBe(true)
    if (total === 1) expect(body.items.filter((item: Item) => item.amount === 1)).toHaveLength(1)
  })

  test('only the highest class coefficient applies, never their sum', async () => {
    const codes = ((await preview({ total: 1000 })).json().items as Item[]).map((item) => item.code)
    const [a, b, c, d] = codes
    const overrides = [
      { code: a, region: 'III', border: true, safeZone: true, villages: 0 },
      { code: b, region: 'II', border: true, villages: 0 },
      { code: c, region: 'I', border: false, villages: 0 },
      { code: d, region: 'none', border: false, villages: 0 },
    ]
    const byCode = (body: { items: Item[] }) => new Map(body.items.map((item) => [item.code, item]))
    const items = byCode((await preview({ total: 1000, overrides })).json())
    expect(items.get(a!)).toMatchObject({ class: 'regionIII', coefficient: 50, score: 50 })
    expect(items.get(b!)).toMatchObject({ class: 'border', coefficient: 50, score: 50 })
    expect(items.get(c!)).toMatchObject({ class: 'regionI', coefficient: 30, score: 30 })
    expect(items.get(d!)).toMatchObject({ class: 'other', coefficient: 25, score: 25 })
    // Border raised above region III: the border class counts for a commune that is both.
    const raised = byCode((await preview({ total: 1000, overrides, coefficients: { border: 60 } })).json())
    expect(raised.get(a!)).toMatchObject({ class: 'border', coefficient: 60, score: 60 })
    expect(raised.get(c!)).toMatchObject({ class: 'regionI', coefficient: 30 })
  })

  test('an override by hand: region III and 4 villages score 54, marked as the scenario’s own', async () => {
    const items: Item[] = (await preview({ total: 1000 })).json().items
    const chosen = items.find((item) => !item.border)!
    const body = (await preview({ total: 1000, overrides: [{ code: chosen.code, region: 'III', villages: 4 }] })).json()
    const item: Item = body.items.find((row: Item) => row.code === chosen.code)
    expect(item).toMatchObject({ class: 'regionIII', villages: 4, score: 54 })
    expect(item.inputs.region).toMatchObject({ provenance: 'override', overridden: true })
    expect(item.inputs.villages).toMatchObject({ provenance: 'override', overridden: true })
    expect(body.overrides).toBe(1)
    const others = body.items.filter((row: Item) => row.code !== chosen.code)
    expect(others.map((row: Item) => row.score)).toEqual(
      items.filter((row) => row.code !== chosen.code).map((row) => row.score),
    )
  })

  test('what a coefficient change moves, from the server', async () => {
    const body = (await preview({ total: 1_000_000, criteria: [{ code: 'population', weight: 10 }] })).json()
    const parameters = body.sensitivity.map((nudge: { parameter: string }) => nudge.parameter)
    expect(parameters).toContain('village')
    expect(parameters).toContain('population')
    const village = body.sensitivity.find((nudge: { parameter: string }) => nudge.parameter === 'village')
    expect(village).toMatchObject({ from: 1, to: 1.1 })
    expect(village.moved).toBeGreaterThan(0)
    expect(village.gains.change).toBeGreaterThan(0)
    expect(village.loses.change).toBeLessThan(0)
  })

  test('an optional criterion adds weight × value ÷ the largest', async () => {
    const body = (await preview({ total: 1000, criteria: [{ code: 'population', weight: 10 }] })).json()
    const terms = body.items.map((item: Item & { terms: { population: { value: number; points: number } } }) => ({
      item,
      term: item.terms.population,
    }))
    const largest = Math.max(...terms.map(({ term }: { term: { value: number } }) => term.value))
    for (const { item, term } of terms) {
      expect(term.points).toBeCloseTo((10 * term.value) / largest, 4)
      expect(item.score).toBeCloseTo(item.coefficient + item.villages + term.points, 4)
    }
    expect(body.words.formula.vi).toMatch(/10 × dân số của xã ÷ dân số lớn nhất/)
    expect(body.words.formula.en).toMatch(/10 × the commune's population ÷ the largest population/)
  })
})

describe('overrides from a file', () => {
  const upload = (name: string, text: string, cookie = cookies.planner) => {
    const form = new FormData()
    form.set('file', new File([new TextEncoder().encode(text)], name))
    return api.request('POST', '/api/allocation/overrides', { cookie, form })
  }

  test('a CSV in the import’s style gives the overrides, which the preview then uses', async () => {
    const items: Item[] = (await preview({ total: 1000 })).json().items
    const chosen = items.filter((item) => !item.border).slice(0, 2)
    const text = [
      'unit_code;unit_name;region;villages',
      `${chosen[0]!.code};${chosen[0]!.name};III;4`,
      `${chosen[1]!.code};${chosen[1]!.name};none;0`,
    ].join('\n')
    const answer = await upload('dieu-chinh.csv', text)
    expect(answer.status).toBe(200)
    const read = answer.json()
    expect(read.fileName).toBe('dieu-chinh.csv')
    expect(read.rows).toBe(2)
    const first = read.overrides.find((item: { code: string }) => item.code === chosen[0]!.code)
    expect(first).toEqual({ code: chosen[0]!.code, region: 'III', villages: 4 })
    const body = (await preview({ total: 1000, overrides: read.overrides })).json()
    expect(body.items.find((item: Item) => item.code === chosen[0]!.code)).toMatchObject({ score: 54 })
    expect(body.items.find((item: Item) => item.code === chosen[1]!.code).class).toBe('other')
  })

  test('a file with a wrong code or value is refused, each problem located, in both languages', async () => {
    const answer = await upload('sai.csv', 'unit_code,region,villages\n99999,III,4\n06001,IV,-1\n')
    expect(answer.status).toBe(400)
    const body = answer.json()
    expect(body.message.vi).toMatch(/Tệp sai\.csv có \d+ lỗi/)
    expect(body.message.en).toMatch(/problems? in sai\.csv/)
    expect(body.problems.length).toBeGreaterThanOrEqual(2)
    expect(body.problems[0]).toMatchObject({ row: 2, column: 'unit_code' })
    expect(body.problems[0].message.vi).toMatch(/không phải một trong 65 xã/)
  })
})

describe('saved scenarios', () => {
  test('save (audited), list, open, copy, change, withdraw (kept in the table and the audit log)', async () => {
    const items: Item[] = (await preview({ total: 1000 })).json().items
    const code = items.find((item) => !item.border)!.code
    const body = {
      name: 'Dự án 4 – thử nghiệm',
      program: 'Dự án 4 – hạ tầng thiết yếu',
      total: 1_000_003,
      overrides: [{ code, region: 'III', villages: 4 }],
    }
    const saved = await api.post('/api/allocation/scenarios', body, { cookie: cookies.planner })
    expect(saved.status).toBe(201)
    const scenario = saved.json()
    expect(scenario).toMatchObject({ name: body.name, program: body.program, total: 1_000_003, overrides: 1 })
    expect(scenario.createdBy).toBe(usernames[0])
    expect(sumOf(scenario.result.items)).toBe(1_000_003)
    expect(scenario.parameters.overrides).toEqual(body.overrides)
    const [entry] = await auditOf(scenario.id)
    expect(entry).toMatchObject({ username: usernames[0], action: 'allocation scenario saved' })
    expect(entry!.detail).toMatchObject({ name: body.name, program: body.program, parameters: { total: 1_000_003 } })

    const list = (await api.get('/api/allocation/scenarios', { cookie: cookies.admin })).json()
    expect(list.find((row: { id: string }) => row.id === scenario.id)).toMatchObject({ name: body.name, sample: true })
    const opened = (await api.get(`/api/allocation/scenarios/${scenario.id}`, { cookie: cookies.admin })).json()
    expect(opened).toMatchObject({ id: scenario.id, current: true })
    expect(opened.result.items).toEqual(scenario.result.items)

    const copy = await api.post(
      '/api/allocation/scenarios',
      { ...body, name: 'Bản sao', copiedFrom: scenario.id },
      { cookie: cookies.admin },
    )
    expect(copy.status).toBe(201)
    expect(copy.json()).toMatchObject({ name: 'Bản sao', copiedFrom: scenario.id })
    expect(copy.json().id).not.toBe(scenario.id)

    const patch = await api.request('PATCH', `/api/allocation/scenarios/${scenario.id}`, {
      cookie: cookies.planner,
      body: { total: 7, coefficients: { village: 2 } },
    })
    expect(patch.status).toBe(200)
    expect(patch.json()).toMatchObject({ total: 7, name: body.name, parameters: { coefficients: { village: 2 } } })
    expect(sumOf(patch.json().result.items)).toBe(7)
    expect(patch.json().result.items.find((item: Item) => item.code === code).score).toBe(58)

    const withdrawn = await api.request('DELETE', `/api/allocation/scenarios/${scenario.id}`, {
      cookie: cookies.planner,
    })
    expect(withdrawn.status).toBe(200)
    const gone = await api.get(`/api/allocation/scenarios/${scenario.id}`, { cookie: cookies.planner })
    expect(gone.status).toBe(404)
    expect(gone.json().message.vi).toMatch(/Không có kịch bản phân bổ/)
    const listed = (await api.get('/api/allocation/scenarios', { cookie: cookies.planner })).json()
    expect(listed.map((row: { id: string }) => row.id)).not.toContain(scenario.id)
    const [kept] = await database.sql()<{ withdrawnBy: string; name: string }[]>`
      select withdrawn_by, name from allocation_scenario where id = ${scenario.id}`
    expect(kept).toEqual({ withdrawnBy: usernames[0], name: body.name })
    expect((await auditOf(scenario.id)).map((item) => item.action)).toEqual([
      'allocation scenario saved',
      'allocation scenario changed',
      'allocation scenario withdrawn',
    ])
  })

  test('two scenarios compared: per commune the difference of the second from the first', async () => {
    const save = async (name: string, extra: object) =>
      (
        await api.post('/api/allocation/scenarios', { name, total: 100_000, ...extra }, { cookie: cookies.planner })
      ).json()
    const first = await save('So sánh A', {})
    const second = await save('So sánh B', { total: 120_000, coefficients: { village: 3 } })
    const answer = await api.get(`/api/allocation/scenarios/${first.id}/compare/${second.id}`, {
      cookie: cookies.planner,
    })
    expect(answer.status).toBe(200)
    const comparison = answer.json()
    expect(comparison.first).toEqual({ id: first.id, name: 'So sánh A', total: 100_000 })
    expect(comparison.second).toMatchObject({ id: second.id, total: 120_000 })
    expect(comparison.rows).toHaveLength(65)
    for (const row of comparison.rows) expect(row.difference).toBe(row.second.amount - row.first.amount)
    expect(comparison.rows.reduce((sum: number, row: { difference: number }) => sum + row.difference, 0)).toBe(20_000)
    expect(comparison.totals.difference).toBe(20_000)
    expect(comparison.totals.changed).toBeGreaterThan(0)
  })

  test('CSV and .xlsx exports read back: every commune, the amounts adding up, the parameters; audited', async () => {
    const saved = (
      await api.post(
        '/api/allocation/scenarios',
        { name: 'Xuất tệp', program: 'Dự án 4', total: 1_000_003, criteria: [{ code: 'povertyRate', weight: 5 }] },
        { cookie: cookies.planner },
      )
    ).json()
    const csv = await api.get(`/api/allocation/scenarios/${saved.id}/export.csv`, { cookie: cookies.planner })
    expect(csv.status).toBe(200)
    expect(csv.type).toMatch(/^text\/csv/)
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="allocation-[0-9a-f]{8}\.csv"/)
    const table = parseCsv(csv)
    expect(table.header.slice(0, 3)).toEqual(['unit_code', 'unit_name', 'class'])
    expect(table.header).toContain('poverty_rate_points')
    expect(table.rows).toHaveLength(65)
    expect(table.rows.reduce((sum, row) => sum + Number(row.amount_million_vnd), 0)).toBe(1_000_003)
    expect(table.metadata.join('\n')).toMatch(/Tổng vốn \(triệu đồng\) \/ total: 1000003/)
    expect(table.metadata.join('\n')).toMatch(/Công thức \/ formula: Điểm của xã = /)

    const xlsx = await api.get(`/api/allocation/scenarios/${saved.id}/export.xlsx`, { cookie: cookies.planner })
    expect(xlsx.status).toBe(200)
    expect(xlsx.headers.get('content-disposition')).toMatch(/\.xlsx"$/)
    const read = await readXlsxSheets(xlsx.bytes)
    if (!('sheets' in read)) throw new Error('the .xlsx does not read back')
    expect(read.sheets.map((sheet) => sheet.name)).toEqual(['Phân bổ', 'Thông số'])
    const [header, ...rows] = read.sheets[0]!.rows.map((row) => row.cells)
    const amount = header!.indexOf('amount_million_vnd')
    expect(rows).toHaveLength(65)
    expect(rows.reduce((sum, row) => sum + Number(row[amount]), 0)).toBe(1_000_003)
    expect(read.sheets[1]!.rows.some((row) => row.cells[1] === 'Dự án 4')).toBe(true)

    // The CSV read back as overrides: nothing changed, so nothing is overridden.
    const form = new FormData()
    form.set('file', new File([csv.bytes as Uint8Array<ArrayBuffer>], 'xuat.csv'))
    const back = (await api.request('POST', '/api/allocation/overrides', { cookie: cookies.planner, form })).json()
    expect(back).toMatchObject({ rows: 65, overrides: [] })
    expect(back.unchanged).toBeGreaterThan(0)
    // The .xlsx too: its parameters sheet holds only notes.
    form.set('file', new File([xlsx.bytes as Uint8Array<ArrayBuffer>], 'xuat.xlsx'))
    const workbook = await api.request('POST', '/api/allocation/overrides', { cookie: cookies.planner, form })
    expect(workbook.status, workbook.text).toBe(200)
    expect(workbook.json()).toMatchObject({ rows: 65, overrides: [] })
    const exports = await database.sql()<{ target: string }[]>`
      select target from audit.event where action = 'export' and detail ->> 'scenario' = ${saved.id} order by id`
    expect(exports.map((row) => row.target)).toEqual(['allocation csv', 'allocation xlsx'])
  })
})

describe('bad input: a clear message in both languages, nothing saved', () => {
  test.each([0, 10_000_001, 1.5, -3, '1000'])('a total of %j', async (total) => {
    const before = await scenarioCount()
    for (const answer of [
      await preview({ total }),
      await api.post('/api/allocation/scenarios', { name: 'sai', total }, { cookie: cookies.planner }),
    ])
      expectBilingual(
        answer,
        /total: must be a whole number from 1 to 10,000,000/,
        /total: phải là số nguyên từ 1 đến 10\.000\.000/,
      )
    expect(await scenarioCount()).toBe(before)
  })

  test('unknown criteria, unknown coefficients and unknown fields are refused by name', async () => {
    const before = await scenarioCount()
    const criteria = [{ code: 'rainfall', weight: 1 }]
    for (const answer of [
      await preview({ total: 1000, criteria }),
      await api.post('/api/allocation/scenarios', { name: 'sai', total: 1000, criteria }, { cookie: cookies.planner }),
    ])
      expectBilingual(
        answer,
        /criteria\.0\.code: must be population, ethnicMinorityShare, povertyRate or disadvantage/,
        /criteria\.0\.code: phải là /,
      )
    expectBilingual(
      await preview({ total: 1000, coefficients: { island: 50 } }),
      /unknown "island"/,
      /không có "island"/,
    )
    expectBilingual(await preview({ total: 1000, budget: 5 }), /unknown "budget"/, /không có "budget"/)
    expect(await scenarioCount()).toBe(before)
  })

  test('weights that make nothing eligible', async () => {
    const before = await scenarioCount()
    const coefficients = { regionIII: 0, safeZone: 0, border: 0, regionII: 0, regionI: 0, other: 0, village: 0 }
    for (const answer of [
      await preview({ total: 1000, coefficients }),
      await api.post(
        '/api/allocation/scenarios',
        { name: 'sai', total: 1000, coefficients },
        { cookie: cookies.planner },
      ),
    ])
      expectBilingual(answer, /no commune scores above 0: nothing can be allocated/, /không xã nào có điểm lớn hơn 0/)
    expect(await scenarioCount()).toBe(before)
  })

  test('a criterion without values everywhere, and a change to a scenario that would break it', async () => {
    expectBilingual(
      await preview({ total: 1000, criteria: [{ code: 'ethnicMinorityShare', weight: 5 }] }),
      /The criterion ethnic-minority share has no value for 65 communes/,
      /Tiêu chí tỷ lệ người dân tộc thiểu số thiếu số liệu ở 65 xã/,
    )
    const saved = (
      await api.post('/api/allocation/scenarios', { name: 'Giữ nguyên', total: 500 }, { cookie: cookies.planner })
    ).json()
    const zero = { regionIII: 0, safeZone: 0, border: 0, regionII: 0, regionI: 0, other: 0, village: 0 }
    const patch = await api.request('PATCH', `/api/allocation/scenarios/${saved.id}`, {
      cookie: cookies.planner,
      body: { coefficients: zero, name: 'Đã đổi' },
    })
    expectBilingual(patch, /nothing can be allocated/, /không có xã nào được phân bổ/)
    const kept = (await api.get(`/api/allocation/scenarios/${saved.id}`, { cookie: cookies.planner })).json()
    expect(kept).toMatchObject({ name: 'Giữ nguyên', total: 500 })
    expect((await auditOf(saved.id)).map((item) => item.action)).toEqual(['allocation scenario saved'])
  })
})

describe('who may allocate', () => {
  const id = '0b8e6c3e-4d6f-4b8a-9a37-2f1d5c3e9b10'
  const requests: [string, string, unknown?][] = [
    ['POST', '/api/allocation/preview', { total: 1000 }],
    ['GET', '/api/allocation/scenarios'],
    ['POST', '/api/allocation/scenarios', { name: 'x', total: 1000 }],
    ['GET', `/api/allocation/scenarios/${id}`],
    ['PATCH', `/api/allocation/scenarios/${id}`, { total: 5 }],
    ['DELETE', `/api/allocation/scenarios/${id}`],
    ['GET', `/api/allocation/scenarios/${id}/compare/${id}`],
    ['GET', `/api/allocation/scenarios/${id}/export.csv`],
    ['GET', `/api/allocation/scenarios/${id}/export.xlsx`],
  ]

  test('401 for the public, 403 for a border officer or an account without a role; nothing saved', async () => {
    const before = await scenarioCount()
    for (const [method, url, body] of requests) {
      const anonymous = await api.request(method, url, { body })
      expect(anonymous.status, `${method} ${url}`).toBe(401)
      expect(anonymous.json().message.vi).toBe('Hãy đăng nhập trước.')
      for (const cookie of [cookies.border, cookies.none]) {
        const refused = await api.request(method, url, { body, cookie })
        expect(refused.status, `${method} ${url}`).toBe(403)
        expect(refused.json().message.en).toMatch(/role/)
      }
    }
    const form = new FormData()
    form.set('file', new File(['unit_code,region\n'], 'a.csv'))
    expect((await api.request('POST', '/api/allocation/overrides', { form })).status).toBe(401)
    expect((await api.request('POST', '/api/allocation/overrides', { form, cookie: cookies.border })).status).toBe(403)
    expect(await scenarioCount()).toBe(before)
  })
})
