import fs from 'node:fs'
import { describe, expect, test } from 'vitest'
import { documentXml, paragraphs, tables } from '../server/routes/docx-text'
import { screenshot, sharedPortal, waitForMap } from './browser'

const portal = sharedPortal()

// Issue 11 §1, done when: a planner downloads the report of 2025 from the planner tools and reads it
// back; the printable page opens in a new tab and prints on A4.
describe.skipIf(!portal.available)('the progress report in Chromium', () => {
  test('a planner downloads the 2025 report as a Word document and finds a target and its department in it', async () => {
    const { page, errors, close } = await portal.open('/')
    const consoleErrors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text())
    })
    await waitForMap(page)
    await portal.signIn(page, 'planner')
    await page.locator('summary', { hasText: 'Báo cáo tiến độ' }).click()
    const year = page.getByLabel('Năm báo cáo')
    // The latest year with values is chosen first.
    const latest = await page.evaluate(async () => {
      const catalogue = (await (await fetch('/api/indicators')).json()) as { years: number[] }[]
      return Math.max(...catalogue.flatMap((indicator) => indicator.years))
    })
    expect(await year.inputValue()).toBe(String(Math.min(latest, 2026)))
    await year.selectOption('2025')
    await page.locator('.report-form').evaluate((form) => form.scrollIntoView({ block: 'end' }))
    await screenshot(page, 'progress-report-form')

    const download = page.waitForEvent('download')
    await page.getByRole('link', { name: 'Tải bản Word (.docx)' }).click()
    const file = await download
    expect(file.suggestedFilename()).toBe('bao-cao-ket-qua-thuc-hien-2025.docx')
    const xml = documentXml(new Uint8Array(fs.readFileSync(await file.path())))
    const text = paragraphs(xml).join('\n')
    expect(text).toContain('BÁO CÁO KẾT QUẢ THỰC HIỆN')
    expect(text).toContain('Năm 2025')
    const [targets] = tables(xml)
    const road = targets!.find((row) => row[0]!.startsWith('Tỷ lệ thôn có đường ô tô đến trung tâm thôn được cứng hóa'))
    expect(road?.[0]).toContain('Mục tiêu năm 2025')
    expect(road?.[4]).toBe('Sở Giao thông vận tải (mục IV.13)')
    expect(text).toMatch(/^5\.\d+\. Sở Giao thông vận tải \(mục IV\.13\)$/m)

    expect(errors).toEqual([])
    expect(consoleErrors).toEqual([])
    await close()
  })

  test('the printable page opens in a new tab in the chosen language, with the ranking’s weights, and prints on A4', async () => {
    const { page, errors, close } = await portal.open('/?weights=poverty_rate:2,forest_cover:1')
    await waitForMap(page)
    await portal.signIn(page, 'planner')
    await page.locator('summary', { hasText: 'Báo cáo tiến độ' }).click()
    await page.getByLabel('Năm báo cáo').selectOption('2025')
    await page.getByLabel('Ngôn ngữ của báo cáo').selectOption('en')
    await page.getByLabel('Dùng trọng số của bảng xếp hạng hiện tại').check()
    await expect.poll(() => page.locator('.report-form').textContent()).toContain('Tỷ lệ hộ nghèo')
    const opened = page.context().waitForEvent('page')
    await page.getByRole('link', { name: 'Mở trang in (A4)' }).click()
    const report = await opened
    await report.waitForLoadState()
    expect(new URL(report.url()).searchParams.get('weights')).toBe('poverty_rate:2,forest_cover:1')
    expect(await report.locator('html').getAttribute('lang')).toBe('en')
    await expect.poll(() => report.locator('h1').first().textContent()).toBe('1. Summary')
    expect(
      await report.locator('h1', { hasText: '4.' }).locator('xpath=following-sibling::p[1]').textContent(),
    ).toContain('Poor-household rate (multidimensional standard) × 2')
    expect(await report.locator('figure svg').count()).toBeGreaterThan(0)
    await report.emulateMedia({ media: 'print' })
    expect(await report.locator('.screen').isVisible()).toBe(false)
    // The page's own size: A4 portrait, 210 × 297 mm (595.3 × 841.9 points), whatever the default.
    const pdf = (await report.pdf({ preferCSSPageSize: true, format: 'Letter' })).toString('latin1')
    const [width, height] = pdf
      .match(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/)!
      .slice(1)
      .map(Number)
    expect(width).toBeCloseTo(595.3, 0)
    expect(height).toBeCloseTo(841.9, 0)
    expect(errors).toEqual([])
    await close()
  })
})
