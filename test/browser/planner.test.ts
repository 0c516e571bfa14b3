import fs from 'node:fs'
import { describe, expect, test } from 'vitest'
import { canvasFingerprint, screenshot, sharedPortal, waitForMap } from './browser'

const portal = sharedPortal()

describe.skipIf(!portal.available)('the planner workspace in Chromium', () => {
  test('changing the weights re-orders the ranking and recolours the map', async () => {
    const { page, close } = await portal.open('/')
    await waitForMap(page)
    await portal.signIn(page, 'planner')
    await page.getByRole('button', { name: 'Xếp hạng khó khăn' }).click()
    const rows = page.locator('.ranking-table tbody tr')
    await expect.poll(() => rows.count()).toBe(65)
    await page.waitForTimeout(1500)
    const firstBefore = await rows.first().locator('th').textContent()
    const mapBefore = await canvasFingerprint(page)
    await page.getByRole('button', { name: 'Chỉ xã hội' }).click()
    await expect.poll(() => page.url()).toContain('weights=poverty_rate')
    await expect.poll(() => rows.first().locator('th').textContent()).not.toBe(firstBefore)
    await expect.poll(() => canvasFingerprint(page)).not.toBe(mapBefore)
    await screenshot(page, 'ranking')
    await close()
  })

  test('the scoreboard shows the official province poverty figure of 2024 and the status of each target', async () => {
    const { page, close } = await portal.open('/?year=2024')
    await waitForMap(page, 10)
    await portal.signIn(page, 'planner')
    await page.getByRole('button', { name: 'Bảng theo dõi mục tiêu' }).click()
    const table = page.locator('.scoreboard')
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThan(20)
    const poverty = table.locator('tbody tr', { hasText: 'Tỷ lệ hộ nghèo' }).first()
    await expect.poll(() => poverty.textContent()).toContain('Số liệu chính thức')
    expect(await poverty.textContent()).toContain('3,4\u00a0%')
    await expect.poll(() => table.textContent()).toMatch(/Đúng tiến độ|Chậm tiến độ|Đã đạt/)
    await screenshot(page, 'scoreboard')
    await close()
  })

  test('the CSV export of the map opens in Excel (BOM) with 65 communes, and the map image downloads', async () => {
    const { page, close } = await portal.open('/?indicator=forest_cover&year=2024')
    await waitForMap(page)
    await portal.signIn(page, 'planner')
    const href = await page.getByRole('link', { name: 'Tải CSV' }).getAttribute('href')
    expect(href).toContain('/api/export.csv?kind=indicator&indicator=forest_cover&year=2024')
    const csv = await page.evaluate(
      async (url) =>
        new Uint8Array(await (await fetch(url!)).arrayBuffer()).slice(0, 3).join(',') +
        '|' +
        (await (await fetch(url!)).text()),
      href,
    )
    const [bom, text] = csv.split('|')
    expect(bom).toBe('239,187,191')
    const rows = text!.split(/\r\n/).filter((line) => line && !line.startsWith('#') && !line.startsWith('\ufeff#'))
    expect(rows).toHaveLength(66)
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Ảnh bản đồ (PNG)' }).click()
    const file = await download
    expect(file.suggestedFilename()).toBe('lang-son-forest_cover-2024.png')
    const saved = await file.path()
    expect(fs.statSync(saved).size).toBeGreaterThan(50_000)
    expect(fs.readFileSync(saved).subarray(1, 4).toString()).toBe('PNG')
    await close()
  })

  test('two years side by side', async () => {
    const { page, close } = await portal.open('/?indicator=cultural_house&year=2025')
    await waitForMap(page, 10)
    await portal.signIn(page, 'planner')
    await page.getByRole('button', { name: 'So sánh hai bản đồ' }).click()
    await page
      .locator('article.compare .inline-form label', { hasText: 'năm' })
      .first()
      .locator('select')
      .selectOption('2021')
    await expect
      .poll(() => page.locator('.compare-pane h2').allTextContents())
      .toEqual([expect.stringContaining('(2025)'), expect.stringContaining('(2021)')])
    expect(await page.locator('.compare-pane .maplibregl-canvas').count()).toBe(2)
    await page.waitForTimeout(3000)
    await screenshot(page, 'compare')
    await close()
  })

  test('the public is asked to sign in for the planner tools', async () => {
    const { page, close } = await portal.open('/?view=targets')
    await expect.poll(() => page.locator('.page .notice').textContent()).toContain('Đăng nhập bằng tài khoản kế hoạch')
    expect(await page.locator('.scoreboard').count()).toBe(0)
    await close()
  })
})
