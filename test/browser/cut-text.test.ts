import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { sharedPortal } from './browser'

// Issue 10 §4: sidebar text was cut ("Nền bản đồ OpenStreetMap (cần Inte", "thôn có nhà văn hóa đạt
// chuẩ", "Mật khẩu mới (ít nh"). A long village indicator made its select as wide as its longest
// option and the fieldset around it (min-width: min-content) wider than the sidebar, whose scroll
// box then cut every line at its edge; a closed select cuts its own text; placeholders were cut
// in 160-px inputs.
const portal = sharedPortal()

/** Every piece of text the page cuts: by a box that clips it, a closed select or an input too narrow. */
function cutText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = []
    const measure = document.createElement('canvas').getContext('2d')!
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()} "${element.textContent?.trim().slice(0, 40)}"`
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      const style = getComputedStyle(element)
      if (style.display === 'none' || style.visibility === 'hidden' || element.getClientRects().length === 0) continue
      const ownText = [...element.childNodes].some(
        (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
      )
      if (ownText) {
        const box = element.getBoundingClientRect()
        for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
          if (getComputedStyle(parent).overflowX === 'visible') continue
          const clip = parent.getBoundingClientRect()
          if (box.right > clip.right + 1 || box.left < clip.left - 1)
            found.push(`${describe(element)} beyond ${parent.className}`)
          break
        }
      }
      const inner = (field: HTMLElement) =>
        field.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight)
      if (element instanceof HTMLSelectElement && Number(style.opacity) > 0) {
        measure.font = style.font
        const chosen = element.selectedOptions[0]?.textContent ?? ''
        // The closed select keeps about 20 px for its arrow.
        if (measure.measureText(chosen).width > inner(element) - 20) found.push(`select "${chosen}"`)
      }
      if (element instanceof HTMLInputElement && element.placeholder && !element.value) {
        measure.font = style.font
        if (measure.measureText(element.placeholder).width > inner(element))
          found.push(`placeholder "${element.placeholder}"`)
      }
    }
    return found
  })
}

describe.skipIf(!portal.available)('no cut text', () => {
  test.each([
    ['a phone', { width: 390, height: 844 }],
    ['a laptop', { width: 1280, height: 800 }],
  ])('the public map on %s, with a long village indicator, in Vietnamese and in English', async (_, viewport) => {
    const { page, close } = await portal.open('/?village=cultural_house', viewport)
    await expect.poll(() => page.locator('.legend').isVisible()).toBe(true)
    await expect.poll(() => page.getByLabel('Tô màu thôn theo').count()).toBe(1)
    expect(await cutText(page)).toEqual([])
    await page.getByRole('button', { name: 'English' }).click()
    await expect.poll(() => page.locator('#legend-title').textContent()).toMatch(/[A-Za-z]/)
    expect(await cutText(page)).toEqual([])
    await close()
  })

  test("a planner's sidebar and an admin's forms", async () => {
    const planner = await portal.open('/?village=cultural_house')
    await portal.signIn(planner.page, 'planner')
    await expect.poll(() => planner.page.locator('.planner-tools').isVisible()).toBe(true)
    expect(await cutText(planner.page)).toEqual([])
    await planner.close()
    const admin = await portal.open('/', { width: 390, height: 844 })
    await portal.signIn(admin.page, 'admin')
    await admin.page.goto(portal.url('/?view=admin'))
    await expect.poll(() => admin.page.getByLabel('Tên đăng nhập').count()).toBeGreaterThan(0)
    expect(await cutText(admin.page)).toEqual([])
    await admin.close()
  })
})
