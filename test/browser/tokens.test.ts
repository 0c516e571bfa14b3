import { describe, expect, test } from 'vitest'
import { screenshot, sharedPortal, waitForMap } from './browser'

const portal = sharedPortal()

// Personal access tokens in the page (issue #13 §4): made in "my sign-ins and tokens" (one list
// with the sessions, in both languages), shown once, then working for GIS software until revoked.

describe.skipIf(!portal.available)('access tokens in Chromium', () => {
  test('a border officer makes a token, sees it once and listed by name, uses it on /ogc, and revokes it', async () => {
    const { page, close } = await portal.open('/')
    await waitForMap(page)
    await portal.signIn(page, 'border')
    await page.locator('details.account summary').click()
    await page.getByRole('button', { name: 'Phiên đăng nhập và mã truy cập' }).click()
    const dialog = page.getByRole('dialog', { name: 'Phiên đăng nhập và mã truy cập' })
    await expect.poll(() => dialog.textContent()).toContain('(Phiên này)')
    await dialog.getByLabel('Tên (ví dụ: QGIS trên máy văn phòng)').fill('QGIS phòng biên phòng')
    await dialog.getByLabel('Hiệu lực (ngày, tối đa 365)').fill('30')
    await dialog.getByRole('button', { name: 'Tạo mã' }).click()
    const shown = dialog.locator('.token-text')
    await shown.waitFor()
    const token = (await shown.textContent()) ?? ''
    expect(token).toMatch(/^lsp_[A-Za-z0-9_-]{43}$/)
    await expect.poll(() => dialog.textContent()).toContain(`${portal.url('/ogc')}`)
    // One list: this session (and any other the account holds) and the token, by name.
    const rows = dialog.locator('tbody tr')
    await expect.poll(() => rows.filter({ hasText: '(Phiên này)' }).count()).toBe(1)
    await expect.poll(() => rows.filter({ hasText: 'QGIS phòng biên phòng' }).count()).toBe(1)
    await screenshot(page, 'access-token-made')

    // What GIS software does with it.
    const collections = async () => {
      const answer = await fetch(portal.url('/ogc/collections'), { headers: { authorization: `Bearer ${token}` } })
      return answer.status === 200
        ? (await answer.json()).collections.map((item: { id: string }) => item.id)
        : answer.status
    }
    expect(await collections()).toContain('border_gates')

    await dialog.getByRole('button', { name: 'Thu hồi: QGIS phòng biên phòng' }).click()
    await expect.poll(() => rows.filter({ hasText: 'QGIS phòng biên phòng' }).count()).toBe(0)
    expect(await collections()).toBe(401)
    // The token is gone from the page once it is closed and opened again.
    await page.keyboard.press('Escape')
    await page.locator('details.account summary').click()
    await page.getByRole('button', { name: 'Phiên đăng nhập và mã truy cập' }).click()
    await expect.poll(() => page.getByRole('dialog').textContent()).not.toContain(token)
    await close()
  })

  test('in English: the same list and form, and a refused token name said in English', async () => {
    const { page, close } = await portal.open('/?lang=en')
    await waitForMap(page)
    await portal.signIn(page, 'planner')
    await page.locator('details.account summary').click()
    await page.getByRole('button', { name: 'My sign-ins and tokens' }).click()
    const dialog = page.getByRole('dialog', { name: 'My sign-ins and tokens' })
    await expect.poll(() => dialog.textContent()).toContain('(This session)')
    await dialog.getByLabel('Name (for example: QGIS on the office computer)').fill('   ')
    await dialog.getByRole('button', { name: 'Create token' }).click()
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('Bad body: name: is required')
    await dialog.getByLabel('Name (for example: QGIS on the office computer)').fill('Script')
    await dialog.getByRole('button', { name: 'Create token' }).click()
    await expect.poll(() => dialog.textContent()).toContain('Copy this token now')
    const script = dialog.locator('tbody tr', { hasText: 'Script' })
    await expect.poll(() => script.textContent()).toContain('not used yet')
    await dialog.getByRole('button', { name: 'Revoke: Script' }).click()
    await expect.poll(() => script.count()).toBe(0)
    await close()
  })
})
