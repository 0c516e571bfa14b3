import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { screenshot, sharedPortal } from './browser'

const portal = sharedPortal()

/**
 * Where a compare pane's map canvas is drawn (not the plain background #eef2f0), as the share of
 * the canvas's width and height from each edge to the drawing; null while the canvas is blank.
 */
async function drawnMargins(page: Page, pane: number) {
  return page.evaluate((index) => {
    const canvas = document.querySelectorAll<HTMLCanvasElement>('.compare-map .maplibregl-canvas')[index]
    if (!canvas || canvas.width === 0) return null
    const copy = document.createElement('canvas')
    copy.width = canvas.width
    copy.height = canvas.height
    const context = copy.getContext('2d')!
    context.drawImage(canvas, 0, 0)
    const { data, width, height } = context.getImageData(0, 0, copy.width, copy.height)
    let [left, right, top, bottom] = [width, -1, height, -1]
    for (let y = 0; y < height; y += 2)
      for (let x = 0; x < width; x += 2) {
        const at = (y * width + x) * 4
        const background = Math.abs(data[at]! - 0xee) + Math.abs(data[at + 1]! - 0xf2) + Math.abs(data[at + 2]! - 0xf0)
        if (background < 12) continue
        left = Math.min(left, x)
        right = Math.max(right, x)
        top = Math.min(top, y)
        bottom = Math.max(bottom, y)
      }
    if (right < 0) return null
    return {
      left: left / width,
      right: (width - 1 - right) / width,
      top: top / height,
      bottom: (height - 1 - bottom) / height,
    }
  }, pane)
}

// Issue 10 §5: both maps of the comparison stayed blank for over 2 s and showed part of the
// province (the main map's camera, made for a wider map). They show the whole province.
describe.skipIf(!portal.available)('the comparison in Chromium', () => {
  test('both maps show the whole province, whatever the main map was zoomed to', async () => {
    const { page, close } = await portal.open('/?indicator=poverty_rate&year=2024&at=22.1,106.9,10.5&view=compare')
    await page.locator('.compare-map').first().waitFor()
    for (const pane of [0, 1]) {
      await expect.poll(() => drawnMargins(page, pane), { message: `pane ${pane} drew` }).not.toBeNull()
      const margins = (await drawnMargins(page, pane))!
      for (const side of ['left', 'right', 'top', 'bottom'] as const)
        expect(margins[side], `pane ${pane}, ${side}`).toBeGreaterThan(0.005)
    }
    await screenshot(page, 'compare-whole-province')
    await close()
  })
})
