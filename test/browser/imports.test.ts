import { describe, expect, test } from 'vitest'
import { screenshot, sharedPortal, waitForMap } from './browser'

const portal = sharedPortal()

// Clean water of 2025 for Xã Thất Khê: no other browser test reads it, so publishing it here
// changes nothing another file asserts.
const goodFile = [
  'unit_code,unit_name,indicator,year,value,document',
  '06040,Xã Thất Khê,clean_water,2025,"97,5",Báo cáo 45/BC-SNN ngày 2/3/2026',
].join('\r\n')

const badFile = [
  'unit_code,unit_name,indicator,year,value,document',
  '06040,Xã Thất Khê,clean_water,2025,140,',
  '99999,Xã Không Có,clean_water,2025,50,',
].join('\r\n')

describe.skipIf(!portal.available)('importing official figures in Chromium', () => {
  test('a bad file is refused with every problem located; nothing is written', async () => {
    const { page, close } = await portal.open('/')
    await waitForMap(page, 10)
    await portal.signIn(page, 'planner')
    await page.getByRole('button', { name: 'Nhập số liệu' }).click()
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'nuoc-sach.csv', mimeType: 'text/csv', buffer: Buffer.from(badFile) })
    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click()
    const refusal = page.getByRole('alert')
    await expect.poll(() => refusal.textContent()).toContain('Tệp chưa được nhập')
    const rows = refusal.locator('tbody tr')
    expect(await rows.count()).toBe(2)
    expect(await rows.nth(0).textContent()).toContain('Dòng 2')
    expect(await rows.nth(0).textContent()).toContain('Cột value')
    expect(await rows.nth(1).textContent()).toContain('99999')
    expect(await page.locator('.import-review').count()).toBe(0)
    await close()
  })

  test('upload, preview with old → new, publish: the commune then shows the imported value', async () => {
    const { page, errors, close } = await portal.open('/')
    await waitForMap(page, 10)
    await portal.signIn(page, 'planner')
    await page.getByRole('button', { name: 'Nhập số liệu' }).click()
    await expect.poll(() => page.url()).toContain('view=import')
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'nuoc-sach.csv', mimeType: 'text/csv', buffer: Buffer.from(goodFile) })
    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click()
    const review = page.locator('.import-review')
    await expect.poll(() => review.locator('h2').textContent()).toContain('nuoc-sach.csv')
    expect(await review.locator('.status').textContent()).toBe('Bản nháp')
    expect(await review.locator('.import-summary').textContent()).toBe('1 thay đổi · 0 mới · 0 không đổi')
    // The one change: the sample value before, 97,5 after.
    const change = review.locator('.import-changes tbody tr', { hasText: 'Thất Khê' })
    await expect.poll(() => change.textContent()).toContain('97,5')
    expect(await change.textContent()).toContain('Dữ liệu mẫu')
    await screenshot(page, 'import-preview')

    page.once('dialog', (dialog) => dialog.accept())
    await review.getByRole('button', { name: 'Công bố' }).click()
    await expect.poll(() => review.getByRole('status').textContent()).toBe('Đã công bố 1 giá trị.')
    await expect.poll(() => review.locator('.status').textContent()).toBe('Đã công bố')
    await expect.poll(() => review.locator('.versions li').count()).toBe(1)

    // The public map (no session) now shows the published value with its provenance.
    const visitor = await portal.open('/?indicator=clean_water&year=2025&commune=06040')
    const row = visitor.page.locator('.detail-panel .indicator-row', { hasText: 'nước hợp vệ sinh' }).first()
    await expect.poll(() => row.textContent()).toContain('97,5')
    expect(await row.textContent()).toContain('Số liệu nhập')
    await visitor.close()
    expect(errors).toEqual([])
    await close()
  })
})
