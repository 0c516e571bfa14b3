import { describe, expect, test } from 'vitest'
import { canvasColours, canvasFingerprint, screenshot, sharedPortal, waitForMap } from './browser'

const portal = sharedPortal()

describe.skipIf(!portal.available)('the public map in Chromium', () => {
  test('draws the communes, shows the legend of the chosen indicator, and asks nothing of the internet', async () => {
    const { page, requests, errors, close } = await portal.open('/')
    await waitForMap(page)
    await screenshot(page, 'map-default')
    expect(await canvasColours(page)).toBeGreaterThan(20)
    await expect.poll(() => page.locator('#legend-title').textContent()).toContain('Xã đặc biệt khó khăn')
    await expect.poll(() => page.locator('.sample-banner').isVisible()).toBe(true)
    const outside = requests.filter(
      (url) => !url.startsWith(portal.url()) && !url.startsWith('data:') && !url.startsWith('blob:'),
    )
    expect(outside).toEqual([])
    expect(errors).toEqual([])
    await close()
  })

  test('choosing another indicator recolours the map and the legend', async () => {
    const { page, close } = await portal.open('/')
    await waitForMap(page)
    await page.waitForTimeout(1000)
    const before = await canvasFingerprint(page)
    await page.getByLabel('Chỉ tiêu', { exact: true }).selectOption('forest_cover')
    await expect.poll(() => page.locator('#legend-title').textContent()).toContain('Tỷ lệ che phủ rừng')
    await expect.poll(() => canvasFingerprint(page), { timeout: 15_000 }).not.toBe(before)
    await screenshot(page, 'map-forest-cover')
    await close()
  })

  test('"dong dang" in the search opens the panel of Xã Đồng Đăng with its values and targets', async () => {
    const { page, close } = await portal.open('/')
    await waitForMap(page)
    const search = page.getByRole('combobox', { name: 'Tìm kiếm địa danh' })
    await search.fill('dong dang')
    await expect.poll(() => page.getByRole('option').first().textContent()).toContain('Xã Đồng Đăng')
    await search.press('Enter')
    const panel = page.locator('.detail-panel')
    await expect.poll(() => panel.locator('h2').textContent()).toBe('Xã Đồng Đăng')
    await expect.poll(() => panel.textContent()).toContain('Mục tiêu 2025')
    await expect.poll(() => panel.textContent()).toContain('Dữ liệu mẫu')
    expect(page.url()).toContain('commune=06184')
    await screenshot(page, 'detail-dong-dang')
    await close()
  })

  test('the address keeps the view: after a reload the same indicator, year, commune and language', async () => {
    const { page, close } = await portal.open(
      '/?indicator=cultural_house&year=2023&commune=06040&lang=en&classes=jenks',
    )
    await waitForMap(page)
    await expect
      .poll(() => page.locator('#legend-title').textContent())
      .toContain('Villages with a standard cultural house')
    await expect.poll(() => page.locator('.detail-panel h2').textContent()).toBe('Xã Thất Khê')
    // The map writes its position once the camera has settled on the commune: the view is complete then.
    await expect.poll(() => page.url()).toContain('&at=')
    const address = page.url()
    await page.reload()
    await waitForMap(page)
    await expect.poll(() => page.locator('#legend-title').textContent()).toContain('(2023)')
    await expect.poll(() => page.url()).toBe(address)
    expect(await page.getByLabel('Classes').inputValue()).toBe('jenks')
    await close()
  })

  test('the English switch translates the page and formats numbers the English way', async () => {
    const { page, close } = await portal.open('/?indicator=forest_cover&year=2025&classes=quantile')
    await waitForMap(page)
    await expect.poll(() => page.locator('.legend').textContent()).toMatch(/\d,\d+–/)
    await page.getByRole('button', { name: 'English' }).click()
    await expect.poll(() => page.locator('#legend-title').textContent()).toContain('Forest cover')
    await expect.poll(() => page.locator('.legend').textContent()).toMatch(/\d\.\d+–/)
    expect(page.url()).toContain('lang=en')
    await close()
  })

  test('on a phone the detail panel is a bottom sheet', async () => {
    const { page, close } = await portal.open('/?commune=06184', { width: 375, height: 740 })
    await waitForMap(page, 10)
    const panel = page.locator('.detail-panel')
    await expect.poll(() => panel.isVisible()).toBe(true)
    const box = await panel.boundingBox()
    expect(box?.width).toBe(375)
    expect(Math.round((box?.y ?? 0) + (box?.height ?? 0))).toBe(740)
    await screenshot(page, 'phone-bottom-sheet')
    await close()
  })

  test('on a phone a page (the methodology) fills the screen below the header, without the map controls', async () => {
    const { page, close } = await portal.open('/?view=methodology', { width: 375, height: 740 })
    const article = page.locator('article.methodology')
    await expect.poll(() => article.isVisible()).toBe(true)
    const box = await article.boundingBox()
    const header = await page.locator('header.top').boundingBox()
    expect(box!.height).toBeGreaterThan(740 - header!.height - 150)
    expect(await page.locator('.sidebar').isVisible()).toBe(false)
    await close()
  })

  test('an online basemap that fails to load leaves a working map and says so', async () => {
    const { page, close } = await portal.open('/')
    await waitForMap(page)
    await page.getByLabel('Nền bản đồ OpenStreetMap (cần Internet)').check()
    await expect.poll(() => page.locator('.layers .notice').textContent()).toContain('Không tải được nền bản đồ')
    await waitForMap(page)
    expect(page.url()).toContain('basemap=1')
    await close()
  })

  test('the villages can be coloured by another village indicator, and the legend follows', async () => {
    const { page, close } = await portal.open('/')
    await waitForMap(page)
    await page.getByLabel('Tô màu thôn theo').selectOption('cultural_house')
    await expect.poll(() => page.locator('.village-legend').textContent()).toContain('nhà văn hóa')
    expect(page.url()).toContain('village=cultural_house')
    await close()
  })

  test('the table view lists the 65 communes, sortable', async () => {
    const { page, close } = await portal.open('/?view=table&indicator=poverty_rate&year=2024')
    await expect.poll(() => page.locator('.table-view tbody tr').count()).toBe(65)
    await page.getByRole('button', { name: /Sắp xếp theo Xã, phường/ }).click()
    const first = await page.locator('.table-view tbody th').first().textContent()
    expect(first).toMatch(/Bắc Sơn|Ba Sơn|Bằng Mạc|Bình Gia/)
    await close()
  })
})
