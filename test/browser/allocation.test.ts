import fs from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { readXlsxSheets } from '../../server/imports/xlsx-sheets'
import { screenshot, sharedPortal, waitForMap, watchErrors } from './browser'
import { englishWords } from './english-words'

const portal = sharedPortal()

// Capital allocation scenarios (issue 11 §2) in Chromium: a planner builds a scenario (the rule and
// its worked example on screen, the sample warning, an override by hand and one from a CSV file),
// saves it, saves a second, compares the two and downloads CSV and .xlsx, with no console error.

/** "1.000.003" (Vietnamese grouping) or "+1.234" as a number. */
const number = (text: string | null) => Number((text ?? '').replace(/[.\s]/g, '').replace('−', '-'))

/** How many distinct colours the allocation's map shows (a blank map has one or two). */
const mapColours = (page: Page, selector: string) =>
  page.evaluate((css) => {
    const canvas = document.querySelector(css) as HTMLCanvasElement | null
    if (!canvas) return 0
    const copy = document.createElement('canvas')
    copy.width = canvas.width
    copy.height = canvas.height
    const context = copy.getContext('2d')!
    context.drawImage(canvas, 0, 0)
    const { data } = context.getImageData(0, 0, copy.width, copy.height)
    const colours = new Set<number>()
    for (let index = 0; index < data.length; index += 4 * 97)
      colours.add((data[index]! << 16) | (data[index + 1]! << 8) | data[index + 2]!)
    return colours.size
  }, selector)

describe.skipIf(!portal.available)('capital allocation in Chromium', () => {
  test('a planner builds, saves, compares and exports a scenario, with no console error', async () => {
    let errors: string[] = []
    const { page, close } = await portal.open('/', { width: 1400, height: 900 }, async (page) => {
      errors = watchErrors(page)
    })
    await waitForMap(page)
    await portal.signIn(page, 'planner')
    await page.getByRole('button', { name: 'Phân bổ vốn' }).click()
    await expect.poll(() => page.url()).toContain('view=allocation')
    await expect.poll(() => page.locator('.allocation-example').textContent()).toContain('50 + 4 × 1 = 54 điểm')

    // Build: a name, a program, a total; the 65 communes come back adding up to it, sample warned.
    await page.getByLabel('Tên kịch bản').fill('Dự án 4 – phương án A')
    await page.getByLabel('Chương trình, dự án').fill('Dự án 4 – hạ tầng thiết yếu')
    await page.getByLabel('Tổng vốn (triệu đồng)').fill('1000003')
    const rows = page.locator('.allocation-result .allocation-table tbody tr')
    await expect.poll(() => rows.count()).toBe(65)
    const amounts = async () => (await rows.locator('td:nth-of-type(5)').allTextContents()).map(number)
    await expect.poll(async () => (await amounts()).reduce((sum, value) => sum + value, 0)).toBe(1_000_003)
    await expect
      .poll(() => page.locator('.allocation-result .notice.warning').first().textContent())
      .toContain('dữ liệu mẫu')
    await expect
      .poll(() => mapColours(page, '.allocation-map .maplibregl-canvas'), { timeout: 30_000 })
      .toBeGreaterThan(6)

    // An override by hand: region III, 4 villages, not on the border: 54 points.
    const code = (await rows.first().locator('th .muted').textContent())!.trim()
    await screenshot(page, 'allocation-preview')
    const overrides = page.locator('.allocation-overrides')
    // A select's name includes its chosen option: found by its label's place instead.
    await overrides.locator('select').first().selectOption(code)
    const field = (name: string) => overrides.locator('.allocation-override-fields label', { hasText: name })
    await field('Khu vực').locator('select').selectOption('III')
    await field('Số thôn đặc biệt khó khăn').locator('input').fill('4')
    await field('Xã biên giới').locator('input').setChecked(false)
    const row = rows.filter({ has: page.locator('th .muted', { hasText: code }) })
    await expect.poll(() => row.locator('td:nth-of-type(3)').textContent()).toBe('54')
    await expect
      .poll(() => row.locator('td:nth-of-type(6)').textContent())
      .toContain('khu vực: điều chỉnh của kịch bản')

    // An override from a CSV file: the second commune gets 9 villages.
    const second = (await rows.nth(1).locator('th .muted').textContent())!.trim()
    await page.getByLabel('Nhập điều chỉnh từ tệp CSV hoặc Excel').setInputFiles({
      name: 'dieu-chinh.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`unit_code,villages\n${second},9\n`),
    })
    await page.getByRole('button', { name: 'Đọc tệp' }).click()
    await expect.poll(() => page.locator('.allocation-file .notice').textContent()).toContain('Đã đọc 1 dòng')
    await expect.poll(() => page.locator('.allocation-overrides').textContent()).toContain('2 xã có điều chỉnh')
    const secondRow = rows.filter({ has: page.locator('th .muted', { hasText: second }) })
    await expect.poll(() => secondRow.locator('td:nth-of-type(2)').textContent()).toBe('9')
    expect(await englishWords(page)).toEqual([])
    await screenshot(page, 'allocation-built')

    // Save it; then a second with region III raised to 60, saved as new.
    await page.getByRole('button', { name: 'Lưu kịch bản' }).click()
    await expect.poll(() => page.url()).toMatch(/scenario=[0-9a-f-]{36}/)
    const first = new URL(page.url()).searchParams.get('scenario')
    await expect.poll(() => page.locator('.allocation-scenario-list').textContent()).toContain('Dự án 4 – phương án A')
    await page.getByLabel('Tên kịch bản').fill('Dự án 4 – phương án B')
    await page.getByLabel('xã khu vực III', { exact: true }).fill('60')
    await expect.poll(() => page.locator('.allocation-example').textContent()).toContain('60 + 4 × 1 = 64 điểm')
    await page.getByRole('button', { name: 'Lưu thành kịch bản mới' }).click()
    await expect.poll(() => new URL(page.url()).searchParams.get('scenario')).not.toBe(first)
    await expect.poll(() => page.locator('.allocation-scenario-list').textContent()).toContain('Dự án 4 – phương án B')

    // Compare B with A: a difference map and a table whose differences add up to nothing.
    await page.getByLabel('So sánh với').selectOption(first!)
    await expect.poll(() => page.url()).toContain(`against=${first}`)
    const differences = page.locator('.allocation-comparison tbody tr td:nth-of-type(3)')
    await expect.poll(() => differences.count()).toBe(65)
    const changes = (await differences.allTextContents()).map(number)
    expect(changes.reduce((sum, value) => sum + value, 0)).toBe(0)
    expect(changes.some((value) => value !== 0)).toBe(true)
    await expect
      .poll(() => mapColours(page, '.allocation-comparison .maplibregl-canvas'), { timeout: 30_000 })
      .toBeGreaterThan(4)
    await screenshot(page, 'allocation-compare')

    // The downloads of the open scenario (B): CSV and .xlsx, every commune, adding up to the total.
    const actions = page.locator('.allocation-actions')
    const csvUrl = await actions.getByRole('link', { name: 'Tải CSV' }).getAttribute('href')
    const csv = await page.evaluate(async (url) => (await fetch(url!)).text(), csvUrl)
    const lines = csv.split('\r\n').filter((line) => line && !line.replace('\ufeff', '').startsWith('#'))
    const header = lines[0]!.split(',')
    expect(lines).toHaveLength(66)
    const amount = header.indexOf('amount_million_vnd')
    expect(lines.slice(1).reduce((sum, line) => sum + Number(line.split(',').at(amount - header.length)), 0)).toBe(
      1_000_003,
    )
    const download = page.waitForEvent('download')
    await actions.getByRole('link', { name: 'Tải Excel (.xlsx)' }).click()
    const saved = await (await download).path()
    const workbook = await readXlsxSheets(new Uint8Array(fs.readFileSync(saved)))
    if (!('sheets' in workbook)) throw new Error('the .xlsx does not read back')
    expect(workbook.sheets[0]!.rows).toHaveLength(66)

    // In English too.
    await page.getByRole('button', { name: 'English' }).click()
    await expect.poll(() => page.locator('.allocation h1').textContent()).toBe('Capital allocation scenarios')
    await expect.poll(() => page.locator('.allocation-comparison h2').textContent()).toContain('Comparison')
    await screenshot(page, 'allocation-english')

    // The methodology page states the rule with its default coefficients and its sources.
    await page.getByRole('button', { name: 'Methodology', exact: true }).click()
    const method = page.locator('.methodology-allocation')
    await expect.poll(() => method.textContent()).toContain('scores 50 + 4 × 1 = 54')
    const words = (await method.textContent()) ?? ''
    expect(words).toContain('largest-remainder')
    expect(words).toContain('allocation_criteria.csv')
    expect(words).toContain('https://www.vietnam.vn/en/phan-bo-nguon-luc-tap-trung-uu-tien-vung-kho-khan')
    expect(words).toContain('source column')
    expect(errors).toEqual([])
    await close()
  })
  test('the disadvantage criterion takes the ranking on screen, of the map’s year', async () => {
    const bodies: string[] = []
    const { page, close } = await portal.open('/?year=2024', { width: 1400, height: 900 }, async (opened) => {
      opened.on('request', (request) => {
        if (request.url().includes('/api/allocation/preview')) bodies.push(request.postData() ?? '')
      })
    })
    await waitForMap(page)
    await portal.signIn(page, 'planner')
    await page.getByRole('button', { name: 'Phân bổ vốn' }).click()
    await expect.poll(() => page.url()).toContain('view=allocation')
    await page.getByLabel('Tổng vốn (triệu đồng)').fill('1000')
    await page.getByLabel('Trọng số: điểm khó khăn của bảng xếp hạng').fill('10')
    await expect
      .poll(() => page.locator('.allocation-criteria').textContent())
      .toContain('Điểm khó khăn lấy từ bảng xếp hạng năm 2024')
    await expect
      .poll(() => bodies.some((body) => body.includes('"disadvantage"') && body.includes('"year":2024')))
      .toBe(true)
    await close()
  })
})
