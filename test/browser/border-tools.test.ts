import { createHash } from 'node:crypto'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { canvasFingerprint, screenshot, sharedPortal, waitForMap } from './browser'

const portal = sharedPortal()
const fixture = (name: string) => path.resolve('test/fixtures', name)

/** Signs in through the dialog a prompt opened (the header has its own "Đăng nhập" button). */
async function signInAs(page: Page, role: 'border' | 'admin') {
  await page.getByLabel('Tên đăng nhập').fill(portal.accounts![role])
  await page.getByLabel('Mật khẩu').fill('browser test password')
  await page.locator('dialog').getByRole('button', { name: 'Đăng nhập' }).click()
  await page.locator('summary', { hasText: `Browser ${role}` }).waitFor()
}

/**
 * What the map shows, composited (MapLibre and the deck.gl names over it), as a fingerprint: a
 * screenshot, since deck.gl's own WebGL canvas reads back blank (it does not keep its drawing buffer).
 */
const overlayFingerprint = async (page: Page) =>
  createHash('sha256')
    .update(await page.locator('#map').screenshot())
    .digest('hex')

// Issue 10 §5, the border officer's tools.
describe.skipIf(!portal.available)('border tools in Chromium', () => {
  test("a public visitor opening a border officer's link gets the public map and a sign-in prompt", async () => {
    const { page, errors, close } = await portal.open('/?view=border&zones=gates,restricted')
    await waitForMap(page)
    const prompt = page.locator('.sign-in-prompt')
    await expect.poll(() => prompt.textContent()).toContain('Trang này dành cho cán bộ biên phòng')
    await screenshot(page, 'border-link-public')
    await page.getByRole('button', { name: 'English' }).click()
    await expect.poll(() => prompt.textContent()).toContain('This page is for border staff')
    await page.getByRole('button', { name: 'Tiếng Việt' }).click()
    await prompt.getByRole('button', { name: 'Đăng nhập' }).click()
    await signInAs(page, 'border')
    await expect.poll(() => page.getByRole('heading', { name: 'Gần biên giới' }).count()).toBe(1)
    expect(errors).toEqual([])
    await close()
  })

  test('a GeoJSON upload by keyboard: previewed, named from the file, saved; then edited and refused a bad shape', async () => {
    const { page, close } = await portal.open('/?zones=restricted')
    await waitForMap(page)
    await portal.signIn(page, 'border')
    const before = await canvasFingerprint(page)
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Tải lên GeoJSON' }).focus()
    await page.keyboard.press('Enter')
    await (await chooser).setFiles(fixture('zone-named.geojson'))
    await expect.poll(() => page.locator('.zone-form .notice').textContent()).toContain('Khu vực kho tải lên thử')
    expect(await page.getByLabel('Tên vùng').inputValue()).toBe('Khu vực kho tải lên thử')
    await expect.poll(() => canvasFingerprint(page)).not.toBe(before)
    await screenshot(page, 'zone-upload-preview')
    await page.getByRole('button', { name: 'Lưu vùng' }).click()
    const list = page.locator('.zone-list')
    await expect.poll(() => list.textContent()).toContain('Khu vực kho tải lên thử')

    const row = list.locator('li', { hasText: 'Khu vực kho tải lên thử' })
    await row.getByRole('button', { name: 'Sửa' }).click()
    await page.getByLabel('Tên vùng').fill('Khu vực kho đã đổi tên')
    await page.getByLabel('Ghi chú').fill('đã kiểm tra thực địa')
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click()
    // The list names each zone with its area, then its note.
    await expect.poll(() => list.textContent()).toMatch(/Khu vực kho đã đổi tên \([\d.,]+ km²\) — đã kiểm tra thực địa/)

    await list.locator('li', { hasText: 'Khu vực kho đã đổi tên' }).getByRole('button', { name: 'Sửa' }).click()
    const again = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Tải lên GeoJSON khác' }).click()
    await (await again).setFiles(fixture('zone-bowtie.geojson'))
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click()
    await expect.poll(() => page.locator('.zones-panel .form-error').textContent()).toContain('Hình không hợp lệ')
    await screenshot(page, 'zone-edit-refused')
    await close()
  })

  test('gates are labelled; the indicator layer can be dimmed or hidden; the near-border list downloads as CSV', async () => {
    const { page, close } = await portal.open('/?indicator=poverty_rate&year=2024')
    await waitForMap(page)
    await portal.signIn(page, 'border')
    const withoutGates = await overlayFingerprint(page)
    await page.getByRole('checkbox', { name: 'Cửa khẩu' }).check()
    await expect.poll(() => overlayFingerprint(page)).not.toBe(withoutGates)

    const full = await canvasFingerprint(page)
    await page.getByRole('radio', { name: 'Ẩn' }).check()
    await expect.poll(() => page.url()).toContain('fill=off')
    await expect.poll(() => canvasFingerprint(page)).not.toBe(full)
    await page.getByRole('radio', { name: 'Mờ' }).check()
    await expect.poll(() => page.url()).toContain('fill=dim')
    await screenshot(page, 'border-dimmed')

    await page.getByRole('button', { name: 'Thôn, xã gần biên giới' }).click()
    // The near-border page's own link (the map's tools offer the published figures' CSV too).
    const link = page.locator('article.page').getByRole('link', { name: 'Tải CSV' })
    const href = await link.getAttribute('href')
    expect(href).toBe('/api/zones/near-border/export.csv?level=village&within=5')
    const head = await page.evaluate(async (url) => {
      const bytes = new Uint8Array(await (await fetch(url!)).arrayBuffer())
      return { bom: [...bytes.slice(0, 3)].join(','), text: new TextDecoder().decode(bytes.slice(3, 4000)) }
    }, href)
    expect(head.bom).toBe('239,187,191')
    expect(head.text).toContain('TÀI LIỆU HẠN CHẾ')
    await close()
  })
})
