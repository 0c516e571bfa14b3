import { pointOnFeature } from '@turf/turf'
import type { FeatureCollection } from 'geojson'
import { describe, expect, test } from 'vitest'
import { screenshot, sharedPortal, waitForMap } from './browser'
import { bboxInView, pointOnPage } from './map-extent'

const portal = sharedPortal()

type Unit = { unit: { code: string; name: string; bbox: [number, number, number, number] } }

// Issue 10 §5, the planner's ranking: the panel covered the eastern communes that rank highest,
// clicking a row or a commune did not open its details, the bars had no numbers.
describe.skipIf(!portal.available)('the ranking in Chromium', () => {
  test('the top communes are in view beside the panel; a row and a commune open their details', async () => {
    const { page, close } = await portal.open('/')
    await waitForMap(page)
    await portal.signIn(page, 'planner')
    const answer = page.waitForResponse((response) => response.url().includes('/api/ranking?'))
    await page.getByRole('button', { name: 'Xếp hạng khó khăn' }).click()
    const ranking = (await (await answer).json()) as { items: { code: string; rank: number | null }[] }
    const top = ranking.items.filter((item) => item.rank !== null && item.rank <= 5)
    const units = await page.evaluate(
      (codes) => Promise.all(codes.map(async (code) => (await fetch(`/api/units/${code}`)).json())),
      top.map((item) => item.code),
    )
    await expect.poll(() => page.locator('.ranking-table tbody tr').count()).toBe(65)
    for (const unit of units as Unit[])
      await expect.poll(() => bboxInView(page, '#map', unit.unit.bbox), { message: unit.unit.name }).toBe(true)
    await screenshot(page, 'ranking-fitted')

    // Each bar's numbers: one per weighted indicator, adding up to the score.
    const first = page.locator('.ranking-table tbody tr').first()
    const numbers = (await first.locator('.contributions li').allTextContents()).map((text) =>
      Number(text.replace(/^.*: /, '').replace(',', '.')),
    )
    expect(numbers.length).toBeGreaterThan(1)
    const score = Number((await first.locator('.score-line .number').textContent())!.replace(',', '.'))
    expect(numbers.reduce((sum, value) => sum + value, 0)).toBeCloseTo(score, 0)

    // A row opens the commune's details; closing them brings the ranking back.
    const second = units[1] as Unit
    await page.locator('.ranking-table tbody tr', { hasText: second.unit.name }).getByRole('button').click()
    await expect.poll(() => page.locator('.detail-panel h2').textContent()).toContain(second.unit.name)
    await page.getByRole('button', { name: 'Đóng' }).click()
    await expect.poll(() => page.locator('.ranking-table').count()).toBe(1)

    // So does a click on the map, on a point inside the first commune.
    const firstUnit = units[0] as Unit
    const communes = (await page.evaluate(async () =>
      (await fetch('/api/units?level=commune&vintage=2025&detail=medium')).json(),
    )) as FeatureCollection
    const feature = communes.features.find((item) => item.properties?.code === firstUnit.unit.code)!
    const inside = pointOnFeature(feature).geometry.coordinates as [number, number]
    await page.waitForTimeout(1200)
    const point = await pointOnPage(page, '#map', inside)
    await page.mouse.click(point.x, point.y)
    await expect.poll(() => page.locator('.detail-panel h2').textContent()).toContain(firstUnit.unit.name)
    await screenshot(page, 'ranking-detail')
    await close()
  })

  test('the most disadvantaged class is the darkest in the legend', async () => {
    const { page, close } = await portal.open('/')
    await waitForMap(page)
    await portal.signIn(page, 'planner')
    await page.getByRole('button', { name: 'Xếp hạng khó khăn' }).click()
    // The five score classes; the unranked communes' grey entry ("Không có số liệu") comes after them.
    const swatches = page
      .locator('.ranking-legend li', { hasNotText: 'Không có số liệu' })
      .locator('.swatch:not(.top-outline)')
    await expect.poll(() => swatches.count()).toBe(5)
    const colours = await swatches.evaluateAll((items) => items.map((item) => getComputedStyle(item).backgroundColor))
    const luminance = (rgb: string) => {
      const [red, green, blue] = rgb.match(/\d+/g)!.map(Number)
      return 0.2126 * red! + 0.7152 * green! + 0.0722 * blue!
    }
    const values = colours.map(luminance)
    expect(values).toEqual([...values].sort((a, b) => b - a))
    await close()
  })
})
