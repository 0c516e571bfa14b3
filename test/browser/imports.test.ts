import { describe, expect, test } from 'vitest'
import { screenshot, sharedPortal, waitForMap } from './browser'

const portal = sharedPortal()

// Clean water of 2026 for Xã Thất Khê: no other browser test reads it, so publishing it here
// changes nothing another file asserts.
const goodFile = [
  'unit_code,unit_name,indicator,year,value,document',
  '06040,Xã Thất Khê,clean_water,2026,"97,5",Báo cáo 45/BC-SNN ngày 2/3/2026',
].join('\r\n')

const badFile = [
  'unit_code,unit_name,indicator,year,value,document',
  '06040,Xã Thất Khê,clean_water,2026,140,',
  '99999,Xã Không Có,clean_water,2026,50,',
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
    await page.getByPlaceholder('VD: Báo cáo').fill('Báo cáo 45/BC-SNN ngày 2/3/2026')
    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click()
    const refusal = page.getByRole('alert')
    await expect.poll(() => refusal.textContent()).toContain('Tệp chưa được nhập')
    // Both problems in one answer: the value out of range and the unknown unit code.
    const rows = await refusal.locator('tbody tr').allTextContents()
    expect(rows).toEqual([
      expect.stringMatching(/Dòng 2, Cột value.*140/),
      expect.stringMatching(/Dòng 3, Cột unit_code.*99999/),
    ])
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

    // The publish button is readable: its text does not take the colour of its background.
    const publish = review.getByRole('button', { name: 'Công bố' })
    const colours = await publish.evaluate((button) => {
      const style = getComputedStyle(button)
      return [style.color, style.backgroundColor]
    })
    expect(colours[0]).not.toBe(colours[1])
    page.once('dialog', (dialog) => dialog.accept())
    await publish.click()
    await expect.poll(() => review.getByRole('status').textContent()).toBe('Đã công bố 1 giá trị.')
    await expect.poll(() => review.locator('.status').textContent()).toBe('Đã công bố')
    await expect.poll(() => review.locator('.versions li').count()).toBe(1)

    // The public map (no session) now shows the published value with its provenance.
    const visitor = await portal.open('/?indicator=clean_water&year=2026&commune=06040')
    const row = visitor.page.locator('.detail-panel .indicator-row', { hasText: 'nước hợp vệ sinh' }).first()
    await expect.poll(() => row.textContent()).toContain('97,5')
    expect(await row.textContent()).toContain('Số liệu nhập')
    await visitor.close()
    await screenshot(page, 'import-published')
    expect(errors).toEqual([])
    await close()
  })

  test('a planner corrects one value in the detail panel, with a note, and sees it in its history', async () => {
    const { page, errors, close } = await portal.open('/?indicator=grid_electricity&year=2026&commune=06001')
    await waitForMap(page, 10)
    await portal.signIn(page, 'planner')
    const row = page.locator('.detail-panel .indicator-row', { hasText: 'điện lưới' }).first()
    await row.getByRole('button', { name: 'Lịch sử, sửa' }).click()
    const form = row.locator('form.correction')
    await form.getByLabel('Năm').selectOption('2026')
    await form.getByLabel('Lý do sửa (bắt buộc)').fill('Số liệu rà soát của Sở Công Thương')
    // A value out of range is refused in the page's language, and nothing is recorded.
    await form.getByLabel('Giá trị mới').fill('140')
    await form.getByRole('button', { name: 'Lưu giá trị' }).click()
    await expect.poll(() => form.getByRole('alert').textContent()).toContain('140 nằm ngoài khoảng 0–100')
    await form.getByLabel('Giá trị mới').fill('99,7')
    await form.getByRole('button', { name: 'Lưu giá trị' }).click()
    await expect.poll(() => form.getByRole('status').textContent()).toContain('Đã lưu')
    await expect.poll(() => row.locator('.indicator-value').textContent()).toContain('99,7')
    const current = row.locator('.versions li.current').first()
    await expect.poll(() => current.textContent()).toContain('Số liệu rà soát của Sở Công Thương')
    expect(await current.textContent()).toContain(portal.accounts?.planner)
    await screenshot(page, 'value-correction')
    expect(errors).toEqual([])
    await close()
  })
})
