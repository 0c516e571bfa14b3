import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { beforeAll, describe, expect, test } from 'vitest'
import sources from '../../../geodata/sources.json'
import { packageFiles } from '../../../server/geodata/files'
import { sharedDatabase } from '../../database'
import { type Answer, appFor, sessionFor, testAccount } from './app'
import { documentImages, documentXml, paragraphs, tables } from './docx-text'
import { englishIn } from './english-stop-words'
import { readPng } from './png-pixels'

// The progress report read back as its readers get it (issue 11 §1): the Word document through a
// DOCX reader (the zip's document part, its pictures), the printable page as HTML. Every target and
// department of the plan's own table (geodata/reference/plan_targets_nq58.csv, not the scoreboard,
// so a target the database lost would be missed), no English in the Vietnamese report, the maps as
// pictures of the PostGIS outlines, the sample warning wherever a sample value shows.

const database = sharedDatabase()
const api = appFor(database)
const url = '/api/reports/progress?year=2025'
const reports = {} as Record<'viDocx' | 'enDocx' | 'viHtml' | 'enHtml', Answer>
type PlanRow = Record<string, string>
const plan: PlanRow[] = parse(fs.readFileSync(path.resolve('geodata', packageFiles.planTargets)), {
  columns: true,
  bom: true,
})
const targetYears = (row: PlanRow) =>
  ([2025, 2030] as const).filter((year) => (row[`target_${year}`] ?? '').trim() !== '')

beforeAll(async () => {
  const sql = database.sql()
  const cookie = await sessionFor(sql, (await testAccount(sql, ['planner'])).id)
  reports.viDocx = await api.get(`${url}&lang=vi&format=docx`, { cookie })
  reports.enDocx = await api.get(`${url}&lang=en&format=docx`, { cookie })
  reports.viHtml = await api.get(`${url}&lang=vi&format=html`, { cookie })
  reports.enHtml = await api.get(`${url}&lang=en&format=html`, { cookie })
  for (const answer of Object.values(reports)) expect(answer.status).toBe(200)
})

/** The page's words as a reader sees them: no style, no drawing, no tags. */
const pageText = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>|<svg[\s\S]*?<\/svg>/g, ' ')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)

describe('the Word document holds the whole plan', () => {
  test('every target of section II, with its indicator, year and responsible department as the plan names it', () => {
    const xml = documentXml(reports.viDocx.bytes)
    const all = paragraphs(xml).join('\n')
    expect(all).toContain('BÁO CÁO KẾT QUẢ THỰC HIỆN')
    const [targetTable] = tables(xml)
    const rows = targetTable!.slice(1)
    expect(rows).toHaveLength(plan.reduce((sum, row) => sum + targetYears(row).length, 0))
    for (const row of plan) {
      for (const year of targetYears(row)) {
        const found = rows.filter((cells) => cells[0]!.startsWith(`${row.indicator_vi}\nMục tiêu năm ${year}: `))
        expect(found, `${row.code} ${year}`).toHaveLength(1)
        expect(found[0]![4]).toBe(`${row.lead_agency_vi} (mục ${row.lead_agency_clause})`)
      }
    }
    const departments = new Set(plan.map((row) => `${row.lead_agency_vi} (mục ${row.lead_agency_clause})`))
    const headings = paragraphs(xml).filter((line) => /^5\.\d+\. /.test(line))
    expect(headings.map((line) => line.replace(/^5\.\d+\. /, '')).sort()).toEqual([...departments].sort())
  })

  test('the Vietnamese report says nothing in English, in the document or on the page', async () => {
    // Names of sources and licences as the sources write them, and the values' stored sources.
    const stored = await database.sql()<{ source: string }[]>`select distinct source from current_value`
    const names = [
      ...sources.flatMap((source) => [source.name.vi, source.licence.vi]),
      ...stored.map((row) => row.source),
    ]
    expect(englishIn(paragraphs(documentXml(reports.viDocx.bytes)), names)).toEqual([])
    expect(englishIn(pageText(reports.viHtml.text), names)).toEqual([])
  })

  test('the English report exists: every target and department in English', async () => {
    const all = paragraphs(documentXml(reports.enDocx.bytes)).join('\n')
    expect(all).toContain('PROGRESS REPORT')
    expect(reports.enDocx.headers.get('content-disposition')).toContain('progress-report-2025.docx')
    for (const row of plan)
      for (const year of targetYears(row)) expect(all).toContain(`${row.indicator_en}\nTarget for ${year}: `)
    const catalogue = (await api.get('/api/indicators')).json() as { code: string; departmentEn: string | null }[]
    for (const row of plan) expect(all).toContain(catalogue.find((item) => item.code === row.code)!.departmentEn!)
  })
})

describe('the maps are pictures drawn on the server from PostGIS', () => {
  test('each map is a PNG whose communes are where PostGIS puts them, in the map’s colours', async () => {
    const images = documentImages(reports.viDocx.bytes)
    const figures = reports.viHtml.text.split('<figure>').slice(1)
    expect(figures.length).toBeGreaterThan(0)
    expect(images).toHaveLength(figures.length)
    // A point inside each commune of 2025, in the drawing's coordinates (UTM 48N, y = −northing).
    const inside = await database.sql()<{ code: string; x: number; y: number }[]>`
      select code, st_x(p)::float8 as x, (-st_y(p))::float8 as y
      from (select code, st_pointonsurface(st_transform(geom_low, 32648)) as p
        from unit where level = 'commune' and vintage = '2025') as points`
    expect(inside).toHaveLength(65)
    for (const [index, figure] of figures.entries()) {
      expect(images[index]!.path).toMatch(/\.png$/)
      const png = readPng(images[index]!.bytes)
      const [left, top, width, height] = figure
        .match(/viewBox="([^"]+)"/)![1]!
        .split(' ')
        .map(Number)
      expect(png.width).toBe(1600)
      expect(png.height).toBeCloseTo((1600 * height!) / width!, -1)
      const fills = new Map(
        [...figure.matchAll(/data-code="(\d+)" d="[^"]*" fill="(#[0-9a-f]+)"/g)].map((m) => [m[1]!, m[2]!]),
      )
      const wrong = inside.filter((point) => {
        const x = Math.round(((point.x - left!) * png.width) / width!)
        const y = Math.round(((point.y - top!) * png.height) / height!)
        return png.rgb(x, y) !== fills.get(point.code)?.toLowerCase()
      })
      expect(
        wrong.map((point) => point.code),
        `figure ${index + 1}`,
      ).toEqual([])
    }
  })
})

describe('the sample warning goes wherever a sample value is used', () => {
  test('every section of the page that shows a sample value carries the warning; the document has as many', () => {
    const sections = reports.viHtml.text.split(/(?=<h[12]>)/)
    const sampled = sections.filter((section) => {
      const shown = section.replace(/<p class="warning"[^>]*>[\s\S]*?<\/p>/g, '')
      return shown.includes('class="sample"') || pageText(shown).some((line) => line.includes('dữ liệu mẫu'))
    })
    // The test database holds the sample values (npm run db:sample), so some sections show them.
    expect(sampled.length).toBeGreaterThan(3)
    for (const section of sampled) expect(section, section.slice(0, 80)).toContain('<p class="warning"')
    const warnings = (reports.viHtml.text.match(/<p class="warning"/g) ?? []).length
    const inDocument = paragraphs(documentXml(reports.viDocx.bytes)).filter((line) => line.startsWith('DỮ LIỆU MẪU:'))
    expect(inDocument).toHaveLength(warnings)
    expect((reports.enHtml.text.match(/<p class="warning"/g) ?? []).length).toBe(warnings)
  })
})

describe('the printable page', () => {
  test('is an A4 page in its own language, printed without the screen hint, with no script', () => {
    for (const [language, answer, title] of [
      ['vi', reports.viHtml, 'BÁO CÁO KẾT QUẢ THỰC HIỆN năm 2025'],
      ['en', reports.enHtml, 'PROGRESS REPORT year 2025'],
    ] as const) {
      expect(answer.type).toMatch(/^text\/html; charset=utf-8/i)
      expect(answer.text).toContain(`<html lang="${language}">`)
      expect(answer.text).toContain(`<title>${title}</title>`)
      expect(answer.text).toMatch(/@page \{ size: A4; margin: 20mm 15mm 20mm 30mm; \}/)
      expect(answer.text).toMatch(/@media print \{ \.screen \{ display: none; \}/)
      expect(answer.text).not.toMatch(/<script/i)
    }
  })
})
