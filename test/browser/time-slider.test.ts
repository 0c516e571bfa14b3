import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { canvasFingerprint, screenshot, sharedPortal, waitForMap } from './browser'

// Issue 12: the years on one axis. A time slider that plays 2021–2026 with classes fixed across the
// years, the 2025 and 2030 targets on its axis and 2027–2030 said to have no values yet; one small
// SVG map per year that opens its year; all of it in the share link, on a phone too.
const portal = sharedPortal()
const phone = { width: 390, height: 844 }
const noDataFill = '#bdbdbd'

/** Every console error and uncaught error of a page, from its first request. */
async function openWatched(pathAndQuery: string, viewport = { width: 1280, height: 800 }) {
  const errors: string[] = []
  const opened = await portal.open(pathAndQuery, viewport, async (page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${message.text()} ${message.location().url}`)
    })
    page.on('pageerror', (error) => errors.push(error.message))
  })
  return { ...opened, consoleErrors: errors }
}

const slider = (page: Page) => page.getByRole('slider', { name: 'Năm trên bản đồ' })
const shownYear = async (page: Page) => Number(await slider(page).getAttribute('aria-valuenow'))
/** The legend's classes as their ranges, without the counts that follow the year. */
const legendClasses = (page: Page) => page.locator('.legend .class-label').allTextContents()
const multipleFills = (page: Page, index: number) =>
  page
    .locator('.multiple')
    .nth(index)
    .locator('path')
    .evaluateAll((paths) => paths.map((path) => path.getAttribute('fill')))

describe.skipIf(!portal.available)('the time slider and the small multiples', () => {
  test('play runs 2021 to 2026 and stops: the map recolours, the legend keeps its classes', async () => {
    const { page, consoleErrors, close } = await openWatched('/?indicator=forest_cover&classes=quantile&year=2021')
    await waitForMap(page)
    await expect.poll(() => page.locator('#legend-title').textContent()).toContain('(2021)')
    const time = page.locator('.time-slider')
    await expect.poll(() => time.textContent()).toContain('Chưa có số liệu: 2027–2030')
    expect(await time.textContent()).toContain('Mục tiêu 2030')
    expect(await page.locator('.legend').textContent()).toContain('tính trên số liệu mọi năm 2021–2026')
    const classes = await legendClasses(page)
    expect(classes.length).toBeGreaterThanOrEqual(4)
    await page.waitForTimeout(800)
    const samples: { year: number; fingerprint: string; classes: string[] }[] = []
    await slider(page).focus()
    await page.keyboard.press('Space')
    await expect.poll(() => page.url()).toContain('play=1')
    const playButton = page.locator('.time-play')
    for (let tries = 0; tries < 150 && (await playButton.getAttribute('aria-pressed')) === 'true'; tries += 1) {
      samples.push({
        year: await shownYear(page),
        fingerprint: await canvasFingerprint(page),
        classes: await legendClasses(page),
      })
      await page.waitForTimeout(200)
    }
    expect(await shownYear(page)).toBe(2026)
    expect(page.url()).not.toContain('play=1')
    await expect.poll(() => page.locator('#legend-title').textContent()).toContain('(2026)')
    const years = [...new Set(samples.map((sample) => sample.year))]
    expect(years).toEqual([2021, 2022, 2023, 2024, 2025, 2026])
    // The last picture of each year: the colours change over the years…
    const lastOfYear = years.map((year) => samples.findLast((sample) => sample.year === year)!.fingerprint)
    expect(new Set(lastOfYear).size).toBeGreaterThanOrEqual(3)
    expect(await canvasFingerprint(page)).not.toBe(samples[0]!.fingerprint)
    // …and the legend's classes do not.
    for (const sample of samples.filter((item) => item.classes.length > 0)) expect(sample.classes).toEqual(classes)
    expect(await legendClasses(page)).toEqual(classes)
    await screenshot(page, 'time-slider-2026')
    expect(consoleErrors).toEqual([])
    await close()
  })

  test('arrow keys step the year, and the commune panel follows it', async () => {
    const { page, consoleErrors, close } = await openWatched('/?indicator=forest_cover&year=2022&commune=06040')
    const value = page
      .locator('.detail-panel .indicator-row', { hasText: 'Tỷ lệ che phủ rừng' })
      .locator('.indicator-value')
    await expect.poll(() => value.textContent()).toContain('(2022)')
    await slider(page).focus()
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => shownYear(page)).toBe(2023)
    await expect.poll(() => value.textContent()).toContain('(2023)')
    await expect.poll(() => page.locator('#legend-title').textContent()).toContain('(2023)')
    await page.keyboard.press('End')
    await expect.poll(() => shownYear(page)).toBe(2026)
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Home')
    await expect.poll(() => shownYear(page)).toBe(2021)
    await page.getByRole('button', { name: 'Năm sau' }).click()
    await expect.poll(() => page.url()).toContain('year=2022')
    expect(consoleErrors).toEqual([])
    await close()
  })

  test('the small multiples: one SVG map per year with values, the legend’s colours, a click opens the year', async () => {
    const { page, consoleErrors, close } = await openWatched('/?indicator=forest_cover&classes=quantile&year=2026')
    await waitForMap(page)
    await page.getByRole('button', { name: 'Bản đồ nhỏ theo năm' }).click()
    await expect.poll(() => page.url()).toContain('multiples=1')
    const multiples = page.locator('.multiple')
    await expect.poll(() => multiples.count()).toBe(6)
    expect(await multiples.locator('.multiple-year').allTextContents()).toEqual([
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      '2026',
    ])
    await expect.poll(() => page.locator('.multiple-count').first().textContent()).toContain('65 xã có số liệu')
    const swatches = await page
      .locator('.legend .swatch')
      .evaluateAll((items) => items.map((item) => getComputedStyle(item).backgroundColor))
    const legendColours = await page.evaluate(
      (colours) =>
        colours.map((colour) => {
          const probe = document.createElement('canvas').getContext('2d')!
          probe.fillStyle = colour
          return probe.fillStyle
        }),
      swatches,
    )
    const fills = await Promise.all([0, 1, 2, 3, 4, 5].map((index) => multipleFills(page, index)))
    for (const map of fills) {
      expect(map).toHaveLength(65)
      expect(map.filter((fill) => fill !== noDataFill).length).toBeGreaterThan(60)
      for (const fill of map) expect([...legendColours, noDataFill]).toContain(fill)
    }
    expect(fills[0]).not.toEqual(fills[5])
    // No WebGL context per small map: the page keeps the main map's canvases only.
    expect(await page.locator('.small-multiples canvas').count()).toBe(0)
    await screenshot(page, 'small-multiples')
    await multiples.nth(1).click()
    await expect.poll(() => page.locator('#legend-title').textContent()).toContain('(2022)')
    expect(await shownYear(page)).toBe(2022)
    expect(await multiples.nth(1).getAttribute('aria-pressed')).toBe('true')
    expect(page.url()).toContain('year=2022')
    expect(consoleErrors).toEqual([])
    await close()
  })

  test('a year whose values cannot be loaded says so on its small map; the other years show', async () => {
    const { page, close } = await portal.open(
      '/?indicator=forest_cover&classes=quantile&year=2026&multiples=1',
      { width: 1280, height: 800 },
      async (opened) => {
        await opened.route(/\/api\/indicators\/forest_cover\/values\?.*year=2023/, (route) =>
          route.fulfill({
            status: 500,
            contentType: 'application/json',
            body: JSON.stringify({ error: { vi: 'Lỗi thử', en: 'test failure' } }),
          }),
        )
      },
    )
    await waitForMap(page)
    const multiples = page.locator('.multiple')
    await expect.poll(() => multiples.count()).toBe(6)
    // 2023 is the third year; its request fails twice (one retry), then the map says so.
    const failed = multiples.nth(2).locator('.multiple-count')
    await expect.poll(() => failed.textContent(), { timeout: 20_000 }).toContain('Không tải được số liệu năm này')
    expect(await failed.getAttribute('class')).toContain('failed')
    expect(await multiples.nth(3).locator('.multiple-count').textContent()).toContain('65 xã có số liệu')
    expect(await multiples.nth(2).locator('.multiple-year').textContent()).toBe('2023')
    await close()
  })

  test('the link restores the view: the year, play and the multiples, in English, on a phone', async () => {
    const { page, consoleErrors, close } = await openWatched(
      '/?indicator=forest_cover&year=2024&play=1&multiples=1&lang=en',
      phone,
    )
    await expect.poll(() => page.locator('.time-play').getAttribute('aria-pressed')).toBe('true')
    expect(await page.locator('.time-play').textContent()).toContain('Pause')
    await expect.poll(() => page.locator('.small-multiples h2').textContent()).toBe('The years side by side')
    await expect.poll(() => page.locator('.multiple').count()).toBe(6)
    const boxes = await page
      .locator('.multiple')
      .evaluateAll((items) => items.map((item) => item.getBoundingClientRect().toJSON() as DOMRect))
    // A grid of three on a 390-px phone, inside the screen.
    expect(boxes[1]!.y).toBe(boxes[0]!.y)
    expect(boxes[2]!.y).toBe(boxes[0]!.y)
    expect(boxes[3]!.y).toBeGreaterThan(boxes[0]!.y)
    for (const box of boxes) expect(box.x + box.width).toBeLessThanOrEqual(phone.width)
    await expect.poll(() => page.locator('.time-slider').textContent()).toContain('No values yet: 2027–2030')
    await expect.poll(() => page.locator('.time-play').getAttribute('aria-pressed'), { timeout: 30_000 }).toBe('false')
    expect(await page.getByRole('slider', { name: 'Year on the map' }).getAttribute('aria-valuenow')).toBe('2026')
    await screenshot(page, 'small-multiples-phone')
    const link = page.url()
    expect(link).toContain('multiples=1')
    const again = await openWatched(link.slice(portal.url().length), phone)
    await expect.poll(() => again.page.locator('#legend-title').textContent()).toContain('(2026)')
    await expect
      .poll(() => again.page.locator('.multiple[aria-pressed="true"] .multiple-year').textContent())
      .toBe('2026')
    expect(await again.page.locator('.time-play').getAttribute('aria-pressed')).toBe('false')
    expect([...consoleErrors, ...again.consoleErrors]).toEqual([])
    await again.close()
    await close()
  })
})
