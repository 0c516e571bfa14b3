import { describe, expect, test } from 'vitest'
import { screenshot, sharedPortal, waitForMap } from './browser'
import { drawnLabels, labelInk, overlaps } from './map-labels'

// Issue 10 §4 on a 390 × 844 phone: the header and the sample banner took about 450 px, the banner
// could not be closed, the legend sat in a small scroll box, names overlapped ("Tam Thanh" over
// "Công Sơn") or were almost white, and the commune panel covered the map.
const portal = sharedPortal()
const phone = { width: 390, height: 844 }

/** How much of the map the person sees: from below what is above it to the top of the panel, if any. */
async function visibleMap(page: import('playwright-core').Page) {
  return page.evaluate(() => {
    const map = document.querySelector('#map')!.getBoundingClientRect()
    const panel = document.querySelector('.detail-panel')?.getBoundingClientRect()
    const bottom = Math.min(map.bottom, panel ? panel.top : window.innerHeight, window.innerHeight)
    return Math.round(bottom - Math.max(map.top, 0))
  })
}

describe.skipIf(!portal.available)('on a phone', () => {
  test('the map keeps more than half the screen; header and banner take less than a quarter', async () => {
    const { page, close } = await portal.open('/', phone)
    await waitForMap(page, 10)
    await expect.poll(() => page.locator('.sample-banner').isVisible()).toBe(true)
    const banner = await page.locator('.sample-banner').boundingBox()
    expect(banner!.y + banner!.height).toBeLessThanOrEqual(phone.height / 4)
    expect(await visibleMap(page)).toBeGreaterThanOrEqual(phone.height / 2)
    await screenshot(page, 'phone-map')
    await close()
  })

  test('the sample banner folds to one line, stays folded after a reload, and unfolds', async () => {
    const { page, close } = await portal.open('/', phone)
    const banner = page.locator('.sample-banner')
    await expect.poll(() => banner.isVisible()).toBe(true)
    await banner.getByRole('button', { name: 'Thu gọn' }).click()
    await expect.poll(() => banner.textContent()).toContain('Dữ liệu mẫu, không phải số liệu chính thức.')
    expect((await banner.boundingBox())!.height).toBeLessThan(40)
    await page.reload()
    await expect.poll(() => banner.isVisible()).toBe(true)
    expect((await banner.boundingBox())!.height).toBeLessThan(40)
    await banner.getByRole('button', { name: 'Xem thêm' }).click()
    await expect.poll(() => banner.textContent()).toContain('do phần mềm sinh ra')
    await close()
  })

  test('the legend is whole in the page under the map, in no scroll box', async () => {
    const { page, close } = await portal.open('/', phone)
    const legend = page.locator('.legend')
    await expect.poll(() => legend.isVisible()).toBe(true)
    const boxes = await page.evaluate(() => {
      const found: string[] = []
      let element = document.querySelector('.legend')?.parentElement ?? null
      while (element && element !== document.body) {
        const style = getComputedStyle(element)
        if (/(auto|scroll|hidden)/.test(style.overflowY) && element.scrollHeight > element.clientHeight + 1)
          found.push(`${element.className}: ${element.clientHeight} of ${element.scrollHeight} px`)
        element = element.parentElement
      }
      return found
    })
    expect(boxes).toEqual([])
    const map = await page.locator('#map').boundingBox()
    expect((await legend.boundingBox())!.y).toBeGreaterThanOrEqual(map!.y + map!.height)
    await close()
  })

  test('the commune panel opens at a peek that leaves the map half the screen, and expands', async () => {
    const { page, close } = await portal.open('/?commune=06184', phone)
    const panel = page.locator('.detail-panel')
    await expect.poll(() => panel.locator('h2').textContent()).toBe('Xã Đồng Đăng')
    expect(await visibleMap(page)).toBeGreaterThanOrEqual(phone.height / 2)
    const peek = (await panel.boundingBox())!.height
    await panel.getByRole('button', { name: 'Xem đầy đủ' }).click()
    await expect.poll(async () => (await panel.boundingBox())!.height).toBeGreaterThan(peek * 2)
    await screenshot(page, 'phone-panel-expanded')
    await panel.getByRole('button', { name: 'Thu nhỏ' }).click()
    await expect.poll(async () => (await panel.boundingBox())!.height).toBe(peek)
    await close()
  })

  test('commune names never overlap, and every name is drawn dark', async () => {
    const at = { latitude: 21.85, longitude: 106.73, zoom: 7.6 }
    const { page, close } = await portal.open(`/?villages=off&at=${at.latitude},${at.longitude},${at.zoom}`, phone)
    await waitForMap(page, 10)
    // deck.gl arrives after the map; in software WebGL its first names take a while.
    await expect.poll(() => labelInk(page), { timeout: 60_000 }).toBeGreaterThan(1000)
    await page.waitForTimeout(1000)
    expect((await drawnLabels(page, portal.url(), at)).length).toBeGreaterThan(12)
    const labels = await drawnLabels(page, portal.url(), at)
    expect(overlaps(labels)).toEqual([])
    expect(labels.filter((label) => label.ink < 200).map((label) => label.text)).toEqual([])
    await screenshot(page, 'phone-labels')
    await close()
  })

  test("the selected commune's name is drawn dark (it was faded almost white)", async () => {
    const at = { latitude: 21.95, longitude: 106.71, zoom: 11 }
    const { page, close } = await portal.open(
      `/?villages=off&commune=06184&at=${at.latitude},${at.longitude},${at.zoom}`,
      phone,
    )
    await waitForMap(page, 5)
    await expect.poll(() => labelInk(page), { timeout: 60_000 }).toBeGreaterThan(500)
    await page.waitForTimeout(1000)
    const labels = await drawnLabels(page, portal.url(), at, 'Đồng Đăng')
    expect(labels.map((label) => label.text)).toContain('Đồng Đăng')
    expect(labels.find((label) => label.text === 'Đồng Đăng')!.ink).toBeGreaterThanOrEqual(200)
    expect(overlaps(labels)).toEqual([])
    await close()
  })
})
