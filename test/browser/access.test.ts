import { describe, expect, test } from 'vitest'
import { canvasFingerprint, screenshot, sharedPortal, waitForMap } from './browser'

const portal = sharedPortal()

// Text that only restricted data contains (reference/border_gates.csv and the layers' own keys).
const restrictedMarkers = [
  'Youyiguan',
  'cửa khẩu quốc tế',
  '"kind":"gate"',
  '"kind":"border_belt"',
  '"widthM"',
  '"legalBasis"',
  'Lớp quốc phòng',
]

describe.skipIf(!portal.available)('restricted layers in Chromium', () => {
  test('signed out, neither the page nor its traffic holds anything restricted', async () => {
    const { page, close } = await portal.open('/?zones=border_belt,gates,restricted,border_area')
    const bodies: string[] = []
    page.on('response', async (response) => {
      if (response.url().includes('/api/')) bodies.push(await response.text().catch(() => ''))
    })
    await waitForMap(page)
    await page.waitForTimeout(1500)
    const dom = await page.content()
    for (const marker of restrictedMarkers) {
      expect(dom).not.toContain(marker)
      expect(bodies.join('\n')).not.toContain(marker)
    }
    expect(bodies.length).toBeGreaterThan(3)
    await close()
  })

  test('signed in as border staff, the border belt draws and a restricted zone can be drawn and saved', async () => {
    const { page, close } = await portal.open('/')
    await waitForMap(page)
    await portal.signIn(page, 'border')
    await page.getByRole('checkbox', { name: 'Cửa khẩu' }).uncheck()
    const before = await canvasFingerprint(page)
    const belt = page.waitForResponse(
      (response) => response.url().includes('/api/zones?kind=border_belt') && response.status() === 200,
    )
    await page.getByRole('checkbox', { name: 'Vành đai biên giới' }).check()
    const body = await (await belt).json()
    expect(body.features[0].properties).toMatchObject({ kind: 'border_belt', widthM: 1000, indicative: true })
    await page.getByRole('checkbox', { name: 'Khu vực biên giới (xã giáp biên)' }).check()
    await expect.poll(() => canvasFingerprint(page)).not.toBe(before)
    await expect.poll(() => page.locator('.zones-panel .notice').textContent()).toContain('20 xã + 1 thị trấn')
    await screenshot(page, 'border-layers')

    await page.getByRole('button', { name: 'Vẽ vùng cấm trên bản đồ' }).click()
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!
    for (const [dx, dy] of [
      [0.55, 0.45],
      [0.62, 0.45],
      [0.62, 0.52],
      [0.55, 0.52],
    ]) {
      await page.mouse.click(box.x + box.width * dx!, box.y + box.height * dy!)
    }
    await page.getByLabel('Tên vùng').fill('Khu vực thử nghiệm trình duyệt')
    await page.getByRole('button', { name: 'Lưu vùng' }).click()
    await expect.poll(() => page.locator('.zone-list').textContent()).toContain('Khu vực thử nghiệm trình duyệt')
    await screenshot(page, 'restricted-zone-drawn')
    await close()
  })

  // Issue #9: an account could neither see nor end its sessions.
  test('my sessions: reached from the account menu by keyboard, in both languages; this one ends there', async () => {
    const { page, close } = await portal.open('/')
    await waitForMap(page)
    await portal.signIn(page, 'planner')
    const openSessions = async (menu: string, button: string) => {
      await page.locator('details.account summary').focus()
      await page.keyboard.press('Enter')
      await page.getByRole('button', { name: button }).focus()
      await page.keyboard.press('Enter')
      return page.getByRole('dialog', { name: menu })
    }
    const vietnamese = await openSessions('Phiên đăng nhập và mã truy cập', 'Phiên đăng nhập và mã truy cập')
    await expect.poll(() => vietnamese.textContent()).toContain('(Phiên này)')
    await expect.poll(() => vietnamese.textContent()).toContain('Chrome · Linux')
    await page.keyboard.press('Escape')

    await page.goto(portal.url('/?lang=en'))
    await page.locator('summary', { hasText: 'Browser planner' }).waitFor()
    const english = await openSessions('My sign-ins and tokens', 'My sign-ins and tokens')
    await expect.poll(() => english.textContent()).toContain('(This session)')
    await screenshot(page, 'my-sessions')
    await english.getByRole('button', { name: /^Sign out here/ }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByRole('button', { name: 'Sign in' }).count()).toBe(1)
    await close()
  })

  test('a planner sees no defence layers; an admin manages accounts and reads the audit log', async () => {
    const planner = await portal.open('/')
    await waitForMap(planner.page)
    await portal.signIn(planner.page, 'planner')
    expect(await planner.page.content()).not.toContain('Lớp quốc phòng')
    await planner.close()

    const { page, close } = await portal.open('/')
    await waitForMap(page, 10)
    await portal.signIn(page, 'admin')
    await page.locator('summary', { hasText: 'Browser admin' }).click()
    await page.getByRole('button', { name: 'Quản trị' }).click()
    await page.getByLabel('Tên đăng nhập').fill(`new-planner-${Date.now() % 100000}`)
    await page.getByRole('checkbox', { name: 'Kế hoạch' }).last().check()
    await page.getByLabel('Mật khẩu mới (ít nhất 10 ký tự)').fill('a fine new password')
    await page.getByRole('button', { name: 'Tạo', exact: true }).click()
    await expect.poll(() => page.locator('.data-table').first().textContent()).toContain('new-planner-')
    // The log names each action in the page's language, with what it recorded.
    const log = page.locator('.data-table').last()
    await expect.poll(() => log.textContent()).toContain('Tạo tài khoản')
    expect(await log.textContent()).toContain('vai trò: Kế hoạch')
    await page.getByLabel('Việc').selectOption('sign-in')
    await page.getByRole('button', { name: 'Lọc' }).click()
    await expect
      .poll(async () => new Set(await log.locator('tbody tr td:nth-child(4)').allTextContents()))
      .toEqual(new Set(['Đăng nhập']))
    await screenshot(page, 'admin')
    await close()
  })
})
