import { describe, expect, test } from 'vitest'
import { screenshot, sharedPortal, waitForMap } from './browser'

const portal = sharedPortal()

// Issue 10 §5, the admin's tools.
describe.skipIf(!portal.available)('admin tools in Chromium', () => {
  test('"1234567890" is refused with the reason; a lock is confirmed first; accounts say when they were made', async () => {
    const { page, close } = await portal.open('/?view=admin')
    await waitForMap(page, 10)
    await portal.signIn(page, 'admin')
    await page.getByRole('heading', { name: 'Quản trị' }).waitFor()
    const name = `weak-${Date.now() % 100000}`
    await page.getByLabel('Tên đăng nhập').fill(name)
    await page.getByRole('checkbox', { name: 'Kế hoạch' }).last().check()
    await page.getByLabel('Mật khẩu mới (ít nhất 10 ký tự)').fill('1234567890')
    await page.getByRole('button', { name: 'Tạo', exact: true }).click()
    await expect.poll(() => page.locator('.form-error').textContent()).toContain('trong 100 mật khẩu phổ biến nhất')
    await page.getByLabel('Mật khẩu mới (ít nhất 10 ký tự)').fill('bamboo kettle river lantern')
    await page.getByRole('button', { name: 'Tạo', exact: true }).click()
    const users = page.locator('.data-table').first()
    const row = users.locator('tr', { hasText: name })
    await expect.poll(() => row.count()).toBe(1)
    expect(await users.locator('thead').textContent()).toContain('Tạo lúc')
    expect(await row.locator('td').nth(4).textContent()).toMatch(/\d\d\/\d\d\/\d{4}/)

    const asked: string[] = []
    page.once('dialog', (dialog) => {
      asked.push(dialog.message())
      void dialog.dismiss()
    })
    await row.getByRole('button', { name: 'Khóa' }).click()
    await expect.poll(() => asked).toHaveLength(1)
    expect(asked[0]).toContain(`Khóa tài khoản “${name}”?`)
    expect(await row.getAttribute('class')).not.toBe('disabled')
    page.once('dialog', (dialog) => void dialog.accept())
    await row.getByRole('button', { name: 'Khóa' }).click()
    await expect.poll(() => row.getAttribute('class')).toBe('disabled')
    await screenshot(page, 'admin-users')
    await close()
  })

  test('the account menu closes on Escape and on a click outside it', async () => {
    const { page, close } = await portal.open('/')
    await waitForMap(page)
    await portal.signIn(page, 'admin')
    const menu = page.locator('details.account')
    const isOpen = () => menu.evaluate((element) => (element as HTMLDetailsElement).open)
    await menu.locator('summary').click()
    expect(await isOpen()).toBe(true)
    await page.keyboard.press('Escape')
    await expect.poll(isOpen).toBe(false)
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY')
    await menu.locator('summary').click()
    expect(await isOpen()).toBe(true)
    const map = (await page.locator('#map').boundingBox())!
    await page.mouse.click(map.x + map.width / 2, map.y + map.height / 2)
    await expect.poll(isOpen).toBe(false)
    await close()
  })

  test('the audit log downloads as CSV with the filter shown', async () => {
    const { page, close } = await portal.open('/?view=admin')
    await waitForMap(page, 10)
    await portal.signIn(page, 'admin')
    await page.getByLabel('Việc').selectOption('sign-in')
    await page.getByRole('button', { name: 'Lọc' }).click()
    const link = page.getByRole('link', { name: 'Tải nhật ký (CSV)' })
    await expect.poll(() => link.getAttribute('href')).toBe('/api/audit/export.csv?action=sign-in')
    const file = await page.evaluate(
      async (url) => {
        const bytes = new Uint8Array(await (await fetch(url!)).arrayBuffer())
        return { bom: [...bytes.slice(0, 3)].join(','), text: new TextDecoder().decode(bytes.slice(3)) }
      },
      await link.getAttribute('href'),
    )
    expect(file.bom).toBe('239,187,191')
    expect(file.text).toContain('id,at,username,address,action,target,detail')
    expect(file.text).toContain(`,${portal.accounts!.admin},`)
    await close()
  })
})
