import { describe, expect, test } from 'vitest'
import { screenshot, sharedPortal } from './browser'

// Issue 10 §2: what the screens say must be right and agree with each other (in Vietnamese).
const portal = sharedPortal()

describe.skipIf(!portal.available)('figures on screen', () => {
  test('the commune panel follows the chosen year and never turns a share of people into "≈ N người"', async () => {
    const { page, close } = await portal.open('/?indicator=stunting_under5&year=2024&commune=06040')
    const panel = page.locator('.detail-panel')
    await expect.poll(() => panel.locator('h2').textContent()).toBe('Xã Thất Khê')
    await expect.poll(() => panel.locator('.indicator-row').count()).toBeGreaterThan(5)
    const values = await panel.locator('.indicator-value').allTextContents()
    expect(values.join('\n')).not.toContain('≈')
    // Every value shown is of 2024 (or earlier where 2024 has none), never of 2026.
    expect(values.filter((value) => value.includes('(2026)') || value.includes('(2025)'))).toEqual([])
    expect(values.some((value) => value.includes('(2024)'))).toBe(true)
    // The real base is shown where the portal holds it: the mapped villages.
    expect(values.join('\n')).toMatch(/\d+ trong số \d+ thôn có trên bản đồ/)
    await close()
  })

  test("poverty says the commune's own threshold and the rule, and gaps are in percentage points", async () => {
    const { page, close } = await portal.open('/?indicator=poverty_rate&year=2024&commune=06040')
    const row = page.locator('.indicator-row', { hasText: 'hộ nghèo' })
    await expect.poll(() => row.locator('.target').textContent()).toContain('ngưỡng riêng của xã')
    const target = (await row.locator('.target').textContent()) ?? ''
    expect(target).toMatch(/mức năm 2021 [\d,]+\u00a0% − 3 điểm % × 4 năm/)
    if (target.includes('Chưa đạt')) expect(target).toMatch(/Khoảng cách [\d,]+ điểm\u00a0%/)
    await close()
  })

  test('the gap legend says "each commune its own threshold" only for poverty', async () => {
    const forest = await portal.open('/?indicator=forest_cover&classes=gap')
    await expect.poll(() => forest.page.locator('.target-line').textContent()).toContain('Mục tiêu 2030: ≥ 67')
    expect(await forest.page.locator('.target-line').textContent()).not.toContain('ngưỡng riêng')
    expect(await forest.page.locator('.legend .classes').textContent()).toContain('điểm\u00a0%')
    await forest.close()
    const poverty = await portal.open('/?indicator=poverty_rate&classes=gap&year=2024')
    await expect.poll(() => poverty.page.locator('.target-line').textContent()).toContain('ngưỡng riêng của từng xã')
    await poverty.close()
  })

  test('search lists each place once while typing, with no duplicate keys', async () => {
    const { page, close } = await portal.open('/')
    const warnings: string[] = []
    page.on('console', (message) => {
      if (message.text().includes('same key')) warnings.push(message.text())
    })
    const search = page.getByRole('combobox', { name: 'Tìm kiếm địa danh' })
    await search.pressSequentially('bac son', { delay: 60 })
    await expect.poll(() => page.getByRole('option').first().textContent()).toContain('Xã Bắc Sơn')
    await page.waitForTimeout(500)
    const options = await page.getByRole('listbox', { name: 'Tìm kiếm địa danh' }).getByRole('option').allTextContents()
    expect(options.filter((option, index) => options.indexOf(option) !== index)).toEqual([])
    expect(options[0]).toContain('Xã, phường')
    expect(warnings).toEqual([])
    await close()
  })

  test('the scoreboard says why each status, draws the trend line, and the villages as the official 385 of 1,646', async () => {
    const { page, close } = await portal.open('/?view=targets&year=2026')
    await portal.signIn(page, 'planner')
    const table = page.locator('.scoreboard')
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThan(10)
    const rows = await table.locator('tbody tr').all()
    for (const row of rows) expect(((await row.locator('.status-why').textContent()) ?? '').length).toBeGreaterThan(10)
    expect(await table.locator('.trend-projection').count()).toBeGreaterThan(0)
    const villages = table.locator('tbody tr', { hasText: 'Số thôn đặc biệt khó khăn' })
    await expect.poll(() => villages.textContent()).toContain('385 trong số 1.646')
    expect(await page.locator('.page > p.muted').first().textContent()).toContain('kéo dài đến năm mục tiêu')
    await screenshot(page, 'scoreboard-rules')
    await close()
  })
})
