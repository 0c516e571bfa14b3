import fs from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { sharedPortal, waitForMap } from './browser'

// Issue 10 §4: the picture and the print of the map show the whole province (they were the
// viewport, the first-ranked commune cut off) with title, legend, warning and sources whole, on
// exactly one A4 landscape page; a planner's print adds the ranking table; and a commune's profile
// prints on one page. Chromium's own PDF output is the print: its pages are counted.
const portal = sharedPortal()
const slow = { timeout: 120_000 }

/** Pages of a PDF and the size of the first, in points. */
function pdfPages(pdf: Buffer) {
  const text = pdf.toString('latin1')
  const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text)
  return {
    count: (text.match(/\/Type\s*\/Page(?!s)/g) ?? []).length,
    width: Number(box?.[1]),
    height: Number(box?.[2]),
  }
}

/** Replaces the print dialog (headless Chromium has none) by a count of the times it was asked for. */
const catchPrint = (page: Page) =>
  page.evaluate(() => {
    Object.assign(window, { printed: 0 })
    window.print = () => Object.assign(window, { printed: (window as unknown as { printed: number }).printed + 1 })
  })

/** Pixels of the picture within a few levels of each colour, decoded by the page. */
async function colourCounts(page: Page, png: Buffer, colours: [number, number, number][]) {
  return page.evaluate(
    async ({ data, colours }) => {
      const image = new Image()
      image.src = `data:image/png;base64,${data}`
      await image.decode()
      const canvas = document.createElement('canvas')
      canvas.width = image.width
      canvas.height = image.height
      const context = canvas.getContext('2d')!
      context.drawImage(image, 0, 0)
      const pixels = context.getImageData(0, 0, image.width, image.height).data
      const counts = colours.map(() => 0)
      for (let index = 0; index < pixels.length; index += 4)
        colours.forEach(([red, green, blue], which) => {
          if (
            Math.abs(pixels[index]! - red) <= 4 &&
            Math.abs(pixels[index + 1]! - green) <= 4 &&
            Math.abs(pixels[index + 2]! - blue) <= 4
          )
            counts[which]! += 1
        })
      return { width: image.width, height: image.height, counts }
    },
    { data: png.toString('base64'), colours },
  )
}

/** The legend's classes that hold communes, as the map fills them (85 % over the background #eef2f0). */
async function filledColours(page: Page): Promise<[number, number, number][]> {
  const classes = await page.locator('.legend .classes button.class').evaluateAll((buttons) =>
    buttons.map((button) => ({
      colour: getComputedStyle(button.querySelector('.swatch')!).backgroundColor,
      count: Number(/\d+/.exec(button.querySelector('.count')?.textContent ?? '')?.[0]),
    })),
  )
  const background = [0xee, 0xf2, 0xf0]
  return classes
    .filter((item) => item.count > 0)
    .map((item) => item.colour.match(/\d+/g)!.map(Number))
    .map((rgb) => rgb.slice(0, 3).map((value, index) => Math.round(value * 0.85 + background[index]! * 0.15)) as never)
}

describe.skipIf(!portal.available)('picture and print', () => {
  test('the PNG shows the whole province from a zoomed-in view: every class of the legend is in it', async () => {
    const { page, close } = await portal.open('/?indicator=poverty_rate&year=2024&villages=off&at=21.6,106.35,11')
    await waitForMap(page, 3)
    await expect.poll(() => page.locator('.legend .classes button.class').count()).toBeGreaterThan(2)
    const colours = await filledColours(page)
    const download = page.waitForEvent('download', slow)
    await page.getByRole('button', { name: 'Ảnh bản đồ (PNG)' }).click(slow)
    const file = await download
    expect(file.suggestedFilename()).toBe('lang-son-poverty_rate-2024.png')
    const picture = await colourCounts(page, fs.readFileSync((await file.path())!), colours)
    // A4 landscape's shape at 1600 px wide, whatever the window.
    expect([picture.width, picture.height]).toEqual([1600, 1105])
    expect(picture.counts.filter((count) => count < 200)).toEqual([])
    await close()
  }, 240_000)

  test('"In (A4 ngang)" prints on exactly one A4 landscape page, for anyone', async () => {
    const { page, close } = await portal.open('/?indicator=forest_cover&year=2025', { width: 900, height: 1200 })
    await waitForMap(page, 10)
    await catchPrint(page)
    await page.getByRole('button', { name: 'In (A4 ngang)' }).click(slow)
    await page.locator('.print-sheet img').waitFor({ state: 'attached', ...slow })
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed), slow).toBe(1)
    const pages = pdfPages(await page.pdf({ preferCSSPageSize: true }))
    expect(pages).toEqual({ count: 1, width: expect.closeTo(842, 0), height: expect.closeTo(595, 0) })
    await close()
  }, 240_000)

  test("a planner's print with the ranking on adds the ranking table, all 65 communes, on a second page", async () => {
    const { page, close } = await portal.open('/?at=21.6,106.35,10', { width: 1280, height: 900 })
    await waitForMap(page, 3)
    await portal.signIn(page, 'planner')
    await page.getByRole('button', { name: 'Xếp hạng khó khăn' }).click()
    const rows = page.locator('.ranking-table tbody tr')
    await expect.poll(() => rows.count()).toBe(65)
    const first = await rows.first().locator('th').textContent()
    await catchPrint(page)
    await page.getByRole('button', { name: 'In (A4 ngang)' }).click(slow)
    const table = page.locator('.print-sheet .ranking-print')
    await expect.poll(() => table.locator('tbody tr').count(), slow).toBe(65)
    expect(await table.locator('tbody tr').first().locator('th').textContent()).toBe(first)
    expect(pdfPages(await page.pdf({ preferCSSPageSize: true })).count).toBe(2)
    await close()
  }, 240_000)
})

describe.skipIf(!portal.available)('the commune profile', () => {
  test('one A4 page: the map, every indicator with year, provenance, target and status, the former units', async () => {
    const { page, close } = await portal.open('/?commune=06184&year=2025')
    await page.locator('.detail-panel').getByRole('button', { name: 'Hồ sơ xã (in, PDF)' }).click()
    const profile = page.locator('article.commune-profile')
    await expect.poll(() => profile.locator('h1').textContent()).toBe('Hồ sơ Xã Đồng Đăng')
    expect(page.url()).toContain('view=profile')
    const detail = await (await fetch(portal.url('/api/units/06184'))).json()
    const indicators = detail.indicators.filter((indicator: { code: string }) => indicator.code !== 'population')
    const rows = profile.locator('.profile-table tbody tr')
    await expect.poll(() => rows.count()).toBe(indicators.length)
    for (const [index, indicator] of indicators.entries()) {
      const cells = await rows.nth(index).locator('th, td').allTextContents()
      expect(cells[0]).toBe(indicator.nameVi)
      const value = indicator.series.filter((item: { year: number }) => item.year <= 2025).at(-1)
      expect(cells[2]).toBe(String(value.year))
      expect(cells[3]).toBe(
        { official: 'Số liệu chính thức', sample: 'Dữ liệu mẫu', imported: 'Số liệu nhập' }[value.provenance as string],
      )
      // The target in the server's words, and the server's verdict.
      const check = value.next?.check
      if (check) {
        expect(cells[4]).toContain(check.words.vi)
        expect(cells[5]).toMatch(check.met ? /^Đạt/ : /^Chưa đạt/)
      }
    }
    expect(await profile.locator('.facts').textContent()).toContain('Thị trấn Đồng Đăng')
    await expect.poll(() => profile.locator('.profile-map path.profile-map-commune').count()).toBe(1)
    await catchPrint(page)
    await profile.getByRole('button', { name: 'In hoặc lưu PDF' }).click()
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1)
    const pages = pdfPages(await page.pdf({ preferCSSPageSize: true }))
    expect(pages).toEqual({ count: 1, width: expect.closeTo(595, 0), height: expect.closeTo(842, 0) })
    await page.getByRole('button', { name: 'English' }).click()
    await expect.poll(() => profile.locator('h1').textContent()).toBe('Profile of Xã Đồng Đăng')
    expect(await profile.locator('.profile-table thead').textContent()).toContain('Provenance')
    await close()
  }, 180_000)
})
