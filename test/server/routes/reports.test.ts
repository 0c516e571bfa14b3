import { beforeAll, describe, expect, test } from 'vitest'
import { formatValue } from '../../../web/format'
import { sharedDatabase } from '../../database'
import { type Answer, appFor, errorProblems, sessionFor, testAccount } from './app'
import { documentXml, paragraphs, tables } from './docx-text'

// The progress report (issue 11 §1): who may have it, and that its figures are the scoreboard's, the
// map's and the ranking's for the same year and data version. The document itself, read back as a
// reader would: report-document.test.ts.

const database = sharedDatabase()
const api = appFor(database)
const url = '/api/reports/progress?year=2025'
const cookies = { planner: '', admin: '', border: '', none: '' }
const reports = {} as Record<'viDocx' | 'enDocx' | 'viHtml', Answer>

type Point = { year: number; value: number; provenance: string | null }
type Target = {
  indicator: string
  nameVi: string
  nameEn: string
  targetYear: number
  words: { vi: string; en: string }
  clauseWords: { vi: string; en: string }
  provinceUnit: string
  province: (Point & { words: { vi: string } }) | null
  series: Point[]
  status: string
  statusWords: { vi: string; en: string }
  departmentVi: string | null
  departmentEn: string | null
}

beforeAll(async () => {
  const sql = database.sql()
  for (const role of ['planner', 'admin', 'border'] as const)
    cookies[role] = await sessionFor(sql, (await testAccount(sql, [role])).id)
  cookies.none = await sessionFor(sql, (await testAccount(sql, [])).id)
  reports.viDocx = await api.get(`${url}&lang=vi&format=docx`, { cookie: cookies.planner })
  reports.enDocx = await api.get(`${url}&lang=en`, { cookie: cookies.planner })
  reports.viHtml = await api.get(`${url}&format=html`, { cookie: cookies.admin })
})

describe('who may have the report', () => {
  test('401 without a session, 403 without the planner or admin role, whatever is asked', async () => {
    for (const query of ['', '?year=1&format=pdf', '?weights=nonsense']) {
      expect((await api.get(`/api/reports/progress${query}`)).status).toBe(401)
      expect((await api.get(`/api/reports/progress${query}`, { cookie: cookies.border })).status).toBe(403)
      expect((await api.get(`/api/reports/progress${query}`, { cookie: cookies.none })).status).toBe(403)
    }
  })

  test('planners get the Word document, admins the printable page; neither is kept by a cache', () => {
    expect(reports.viDocx.status).toBe(200)
    expect(reports.viDocx.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    expect(reports.viDocx.headers.get('content-disposition')).toBe(
      'attachment; filename="bao-cao-ket-qua-thuc-hien-2025.docx"',
    )
    expect(reports.enDocx.headers.get('content-disposition')).toBe('attachment; filename="progress-report-2025.docx"')
    expect(reports.viHtml.status).toBe(200)
    expect(reports.viHtml.type).toMatch(/^text\/html/)
    expect(reports.viHtml.text).toMatch(/@page \{ size: A4;/)
    for (const answer of Object.values(reports)) expect(answer.headers.get('cache-control')).toBe('no-store')
  })

  test('bad parameters are refused in both languages', async () => {
    for (const query of [
      'year=2020',
      'year=2027',
      'year=abc',
      'format=pdf',
      'lang=fr',
      'weights=poverty_rate:0',
      'normalise=z',
    ]) {
      const answer = await api.get(`/api/reports/progress?${query}`, { cookie: cookies.planner })
      expect(answer.status, query).toBe(400)
      expect(errorProblems(answer), query).toEqual([])
      expect(answer.json().message.vi).not.toBe(answer.json().message.en)
    }
    const population = await api.get('/api/reports/progress?weights=population:1', { cookie: cookies.planner })
    expect(population.status).toBe(400)
    expect(population.json().message.vi).toMatch(/không đo mức khó khăn/)
  })

  test('every download is in the audit log with its parameters and data version', async () => {
    const [entry] = await database.sql()<{ target: string; detail: Record<string, unknown> }[]>`
      select e.target, e.detail from audit.event e join auth.account a on a.id = e.account_id
      where a.username like 'test-planner-%' and e.action = 'export' and e.detail->>'kind' = 'report'
      order by e.id desc limit 1`
    expect(entry).toMatchObject({ target: 'docx', detail: { kind: 'report', year: 2025, language: 'en' } })
    expect(entry!.detail.version).toBe(Number(reports.enDocx.headers.get('x-data-version')))
  })
})

describe('the figures are the scoreboard’s and the map’s', () => {
  test('it says which public data version it shows, the one the database is at', async () => {
    const [row] = await database.sql()<{ version: number }[]>`select version::int from public_version`
    expect(reports.viDocx.headers.get('x-data-version')).toBe(String(row!.version))
    const text = paragraphs(documentXml(reports.viDocx.bytes)).join('\n')
    expect(text).toContain(`phiên bản dữ liệu công khai số ${row!.version}`)
  })

  test('each target row holds the scoreboard’s province figure, status, series since 2021 and department', async () => {
    const scoreboard = (await api.get('/api/targets?year=2025', { cookie: cookies.planner })).json()
    const [targetTable] = tables(documentXml(reports.viDocx.bytes))
    const rows = targetTable!.slice(1)
    expect(rows).toHaveLength(scoreboard.targets.length)
    scoreboard.targets.forEach((target: Target, index: number) => {
      const [name, province, status, series, department] = rows[index]!
      expect(name).toContain(target.nameVi)
      expect(name).toContain(`Mục tiêu năm ${target.targetYear}: ${target.words.vi} (${target.clauseWords.vi})`)
      if (target.province) {
        expect(province).toContain(
          `${formatValue(target.province.value, target.provinceUnit, 'vi', true)} (${target.province.year})`,
        )
        expect(province).toContain(target.province.words.vi)
      } else expect(province).toBe('Chưa có số liệu')
      expect(status).toContain(target.statusWords.vi)
      for (const point of target.series.filter((item) => item.year <= 2025))
        expect(series).toContain(`${point.year}: ${formatValue(point.value, target.provinceUnit, 'vi', true)}`)
      expect(department).toContain(target.departmentVi!)
    })
  })

  test('each map colours every commune with the map’s value, and its legend counts them', async () => {
    const catalogue = (await api.get('/api/indicators')).json() as {
      code: string
      headline: number | null
      valueType: string
      unit: string
      measuredAt: string
    }[]
    const headline = catalogue.filter((item) => item.headline !== null && item.measuredAt !== 'province')
    const figures = reports.viHtml.text.split('<figure>').slice(1)
    expect(figures).toHaveLength(headline.length)
    for (const [index, indicator] of headline.entries()) {
      const layer = (await api.get(`/api/indicators/${indicator.code}/values?year=2025`)).json()
      const unit = layer.rule !== null && indicator.valueType !== 'number' ? 'percent' : indicator.unit
      const drawn = new Map(
        [...figures[index]!.matchAll(/data-code="(\d+)" d="[^"]*" fill="(#[0-9a-f]+)"><title>([^<]*)<\/title>/g)].map(
          (match) => [match[1]!, { fill: match[2]!, title: match[3]! }],
        ),
      )
      expect(drawn.size).toBe(65)
      for (const commune of layer.communes) {
        const value = commune.valueNumber ?? commune.valueCategory ?? commune.valueFlag
        expect(drawn.get(commune.code)?.title).toBe(`${commune.name}: ${formatValue(value, unit, 'vi')}`)
      }
      const legend = [
        ...figures[index]!.matchAll(/background:(#[0-9a-f]+)"><\/td><td><p>[^<]*<\/p><\/td><td><p>(\d+)<\/p>/g),
      ]
      for (const [, colour, count] of legend)
        expect([...drawn.values()].filter((item) => item.fill === colour).length).toBe(Number(count))
    }
  })

  test('the ten most disadvantaged communes are the ranking’s, with the report’s ranking parameters', async () => {
    const weights = 'poverty_rate:2,village_road_hardened:1'
    const ranking = (await api.get(`/api/ranking?year=2025&weights=${weights}`, { cookie: cookies.planner })).json()
    const report = await api.get(`${url}&format=html&weights=${weights}`, { cookie: cookies.planner })
    const section = report.text.slice(report.text.indexOf('<h1>4.'), report.text.indexOf('<h1>5.'))
    const names = [...section.matchAll(/<td><p><strong>([^<]+)<\/strong><\/p><\/td>/g)].map((match) => match[1])
    const top = ranking.items.filter((item: { rank: number | null }) => item.rank !== null && item.rank <= 10)
    expect(names).toEqual(top.map((item: { name: string }) => item.name))
    expect(section).toContain('Tỷ lệ hộ nghèo (chuẩn nghèo đa chiều) × 2')
  })
})
