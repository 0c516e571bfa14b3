import fs from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'
import { launchChromium } from '../../scripts/bench/chromium'

export const screenshots = path.resolve('test-results/screenshots')

/** The portal's address and a Chromium for this file, or null when the run has no browser. */
export function sharedPortal() {
  const portal = inject('portal')
  let browser: Browser | undefined
  beforeAll(async () => {
    if (portal) browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })
  return {
    available: portal !== null,
    accounts: portal?.accounts,
    /** Signs in through the page's own dialog. */
    signIn: async (page: Page, role: 'border' | 'admin' | 'planner') => {
      if (!portal) throw new Error('no portal in this run')
      // The header's button (a page the public may not open shows a second one in its prompt), in
      // the page's language.
      await page
        .getByRole('button', { name: /^(Đăng nhập|Sign in)$/ })
        .first()
        .click()
      await page.getByLabel(/^(Tên đăng nhập|Username)$/).fill(portal.accounts[role])
      await page.getByLabel(/^(Mật khẩu|Password)$/).fill(portal.password)
      await page
        .locator('dialog')
        .getByRole('button', { name: /^(Đăng nhập|Sign in)$/ })
        .click()
      await page.locator('summary', { hasText: `Browser ${role}` }).waitFor()
    },
    url: (pathAndQuery = '/') => `${portal?.url}${pathAndQuery}`,
    open: async (
      pathAndQuery = '/',
      viewport = { width: 1280, height: 800 },
      /** Run before the page loads (e.g. page.route to answer some requests otherwise). */
      prepare: (page: Page) => Promise<void> = async () => {},
    ) => {
      if (!browser || !portal) throw new Error('no browser in this run')
      const context = await browser.newContext({ viewport, locale: 'vi-VN' })
      const page = await context.newPage()
      await prepare(page)
      const requests: string[] = []
      const errors: string[] = []
      page.on('request', (request) => requests.push(request.url()))
      page.on('pageerror', (error) => errors.push(error.message))
      await page.goto(`${portal.url}${pathAndQuery}`)
      return { page, requests, errors, close: () => context.close() }
    },
  }
}

export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(screenshots, { recursive: true })
  await page.screenshot({ path: path.join(screenshots, `${name}.png`) })
}

/** Pixels sampled across the map canvas (red, green, blue of every 97th pixel). */
async function sampleCanvas(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const canvas = document.querySelector('.maplibregl-canvas') as HTMLCanvasElement | null
    if (!canvas) return []
    const copy = document.createElement('canvas')
    copy.width = canvas.width
    copy.height = canvas.height
    const context = copy.getContext('2d')
    if (!context) return []
    context.drawImage(canvas, 0, 0)
    const { data } = context.getImageData(0, 0, copy.width, copy.height)
    const samples: number[] = []
    for (let index = 0; index < data.length; index += 4 * 97)
      samples.push((data[index]! << 16) | (data[index + 1]! << 8) | data[index + 2]!)
    return samples
  })
}

/** How many distinct colours the map canvas shows: a blank or failed map has one or two. */
export async function canvasColours(page: Page): Promise<number> {
  return new Set(await sampleCanvas(page)).size
}

/** A fingerprint of the map canvas, to tell whether its colours changed. */
export async function canvasFingerprint(page: Page): Promise<string> {
  const samples = await sampleCanvas(page)
  let hash = 0
  for (const sample of samples) hash = (Math.imul(hash, 31) + sample) | 0
  return `${samples.length}:${hash}`
}

/** Waits until the map has drawn the communes (many colours on the canvas). */
export async function waitForMap(page: Page, minimumColours = 20) {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    if ((await canvasColours(page)) >= minimumColours) return
    await page.waitForTimeout(500)
  }
  throw new Error(`the map never drew: ${await canvasColours(page)} colours on the canvas`)
}

/** Every console error and uncaught error of a page (a refused request logs one in Chromium). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} ${message.location().url}`)
  })
  page.on('pageerror', (error) => errors.push(error.message))
  return errors
}
