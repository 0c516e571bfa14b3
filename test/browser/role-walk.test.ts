import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { sharedPortal, waitForMap, watchErrors } from './browser'

const portal = sharedPortal()

/** A page watched for console errors from its very first request (the anonymous /api/auth/me). */
async function openWatched(pathAndQuery: string) {
  let errors: string[] = []
  const opened = await portal.open(pathAndQuery, { width: 1280, height: 800 }, async (page) => {
    errors = watchErrors(page)
  })
  return { ...opened, consoleErrors: errors }
}

/** Signs out from the account menu, then lists the account-only requests the page still makes. */
async function signOutAndListAccountRequests(page: Page, role: string): Promise<string[]> {
  await page.locator('summary', { hasText: `Browser ${role}` }).click()
  const after: string[] = []
  page.on('response', (response) => {
    const url = new URL(response.url())
    if (/^\/api\/(imports|zones|users|audit|ranking|targets|settings|auth\/sessions)/.test(url.pathname))
      after.push(`${response.status()} ${url.pathname}${url.search}`)
    else if (response.status() === 401 || response.status() === 403) after.push(`${response.status()} ${url.pathname}`)
  })
  await page.getByRole('button', { name: 'Đăng xuất' }).click()
  await page.getByRole('button', { name: 'Đăng nhập' }).waitFor()
  await page.waitForTimeout(2500)
  return after
}

// Issue 10 §5: the main flows of each role, with no console error anywhere (the anonymous
// /api/auth/me answered 401 on every visit; after sign-out the page went on asking for the
// account's imports, zones, users and audit log and got 401s).
describe.skipIf(!portal.available)('each role walks its main flows without a console error', () => {
  test('public: map, a commune, table, methodology, comparison', async () => {
    const { page, consoleErrors: errors, close } = await openWatched('/?indicator=poverty_rate&year=2024')
    await waitForMap(page)
    await page.getByRole('button', { name: 'Bảng', exact: true }).click()
    await page.locator('.table-view, .data-table').first().waitFor()
    await page.getByRole('button', { name: 'Phương pháp', exact: true }).first().click()
    await page.getByRole('heading', { level: 1 }).first().waitFor()
    await page.goto(portal.url('/?indicator=poverty_rate&year=2024&view=compare'))
    await page.locator('.compare-map canvas').first().waitFor()
    await page.goto(portal.url('/?indicator=poverty_rate&year=2024&commune=06184'))
    await page.locator('.detail-panel h2').waitFor()
    await page.waitForTimeout(1000)
    expect(errors).toEqual([])
    await close()
  })

  test('planner: ranking, scoreboard, imports, sign-out', async () => {
    const { page, consoleErrors: errors, close } = await openWatched('/')
    await waitForMap(page)
    await portal.signIn(page, 'planner')
    await page.getByRole('button', { name: 'Xếp hạng khó khăn' }).click()
    await expect.poll(() => page.locator('.ranking-table tbody tr').count()).toBe(65)
    await page.getByRole('button', { name: 'Bảng theo dõi mục tiêu' }).click()
    await expect.poll(() => page.locator('.scoreboard tbody tr').count()).toBeGreaterThan(20)
    // The import page's list answered before signing out (a slow answer arriving after the click is
    // not a request made after it).
    const imports = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/imports')
    await page.goto(portal.url('/?view=import'))
    await imports
    await page.locator('summary', { hasText: 'Browser planner' }).waitFor()
    await page.getByRole('heading', { level: 1 }).first().waitFor()
    expect(await signOutAndListAccountRequests(page, 'planner')).toEqual([])
    expect(errors).toEqual([])
    await close()
  })

  test('border: defence layers, a zone list, the near-border page, sign-out', async () => {
    const { page, consoleErrors: errors, close } = await openWatched('/')
    await waitForMap(page)
    await portal.signIn(page, 'border')
    for (const name of ['Cửa khẩu', 'Vùng cấm, khu vực hạn chế', 'Vành đai biên giới'])
      await page.getByRole('checkbox', { name }).check()
    await page.locator('.zone-list').waitFor()
    await page.getByRole('button', { name: 'Thôn, xã gần biên giới' }).click()
    await expect.poll(() => page.locator('.data-table tbody tr').count()).toBeGreaterThan(5)
    expect(await signOutAndListAccountRequests(page, 'border')).toEqual([])
    expect(page.url()).not.toContain('view=border')
    expect(page.url()).not.toContain('zones=')
    expect(errors).toEqual([])
    await close()
  })

  test('admin: accounts and the audit log, sign-out', async () => {
    const { page, consoleErrors: errors, close } = await openWatched('/')
    await waitForMap(page, 10)
    await portal.signIn(page, 'admin')
    await page.locator('summary', { hasText: 'Browser admin' }).click()
    await page.getByRole('button', { name: 'Quản trị' }).click()
    await expect.poll(() => page.locator('.data-table').last().locator('tbody tr').count()).toBeGreaterThan(0)
    expect(await signOutAndListAccountRequests(page, 'admin')).toEqual([])
    expect(page.url()).not.toContain('view=admin')
    expect(errors).toEqual([])
    await close()
  })
})
