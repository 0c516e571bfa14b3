import type { Browser, Request } from 'playwright-core'

// The moment a visitor sees the coloured communes, measured the same way on the portal and on the
// bare MapLibre page: a script added to both pages before their own reads eight rows of pixels
// across MapLibre's canvas every 40 ms (from its WebGL context: a few kilobytes, where a copy of the
// whole canvas would cost either page more than the look is worth) and notes performance.now() (from
// the start of navigation) at the first look that finds the class colours as the fill paints them
// over the background. A grey map (outlines without values) or a half-drawn page does not count.
// Both pages keep their drawing buffer (preserveDrawingBuffer), which the reading needs.

export type Network = { label: string; conditions: Conditions | null }
type Conditions = { latency: number; downloadThroughput: number; uploadThroughput: number }

/** Chrome DevTools' "Slow 3G" preset (its network panel's numbers: 400 kbit/s, 2 s latency). */
export const slow3G: Network = {
  label: 'slow 3G (DevTools preset: 400 kbit/s, 2000 ms)',
  conditions: { latency: 2000, downloadThroughput: (500 * 1000 * 0.8) / 8, uploadThroughput: (500 * 1000 * 0.8) / 8 },
}
export const unthrottled: Network = { label: 'unthrottled', conditions: null }

/** The colours a class fill shows on the canvas: the class colour at `opacity` over the background. */
export function paintedColours(classColours: string[], background: string, opacity: number): number[][] {
  const rgb = (hex: string) => [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16))
  const under = rgb(background)
  return classColours.map((colour) =>
    rgb(colour).map((channel, index) => Math.round(channel * opacity + under[index]! * (1 - opacity))),
  )
}

/**
 * Runs in the page before its own scripts, with `colours` and `need` defined. Plain JavaScript in a
 * string: a function serialised from here would carry the helpers tsx adds to named functions.
 * `getContext` answers the context MapLibre made; the framebuffer MapLibre had bound is restored.
 */
const watchCanvas = `
  const rows = 8
  const look = () => {
    const canvas = document.querySelector('canvas.maplibregl-canvas')
    const gl = canvas && canvas.width > 0 ? canvas.getContext('webgl2') : null
    if (gl) {
      const bound = gl.getParameter(gl.FRAMEBUFFER_BINDING)
      gl.bindFramebuffer(gl.FRAMEBUFFER, null)
      const row = new Uint8Array(canvas.width * 4)
      const counts = colours.map(() => 0)
      for (let line = 1; line <= rows; line += 1) {
        gl.readPixels(0, Math.floor((canvas.height * line) / (rows + 1)), canvas.width, 1, gl.RGBA, gl.UNSIGNED_BYTE, row)
        for (let index = 0; index < row.length; index += 4) {
          const found = colours.findIndex((colour) =>
            Math.abs(colour[0] - row[index]) <= 3 &&
            Math.abs(colour[1] - row[index + 1]) <= 3 &&
            Math.abs(colour[2] - row[index + 2]) <= 3)
          if (found >= 0) counts[found] += 1
        }
      }
      gl.bindFramebuffer(gl.FRAMEBUFFER, bound)
      if (counts.filter((count) => count >= 10).length >= need) {
        window.firstColouredMap = performance.now()
        return
      }
    }
    setTimeout(look, 40)
  }
  look()
`

export type Visit = { milliseconds: number; transferred: number; requests: string[] }

/**
 * Opens `url` in a fresh browser context (nothing cached) under `network` and answers the time from
 * navigation to the first coloured map, and the requests the page and its workers had started by
 * then, with the bytes of those finished by then (compressed, headers included).
 */
export async function firstColouredMap(
  browser: Browser,
  url: string,
  network: Network,
  watch: { colours: number[][]; need: number },
): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  if (network.conditions) {
    const session = await context.newCDPSession(page)
    await session.send('Network.emulateNetworkConditions', { offline: false, ...network.conditions })
  }
  // Requests of the page and of its workers (MapLibre's worker fetches the bare page's GeoJSON).
  const requests: Request[] = []
  const finished: Promise<{ request: Request; bytes: number }>[] = []
  context.on('request', (request) => {
    if (request.url().startsWith('http')) requests.push(request)
  })
  context.on('requestfinished', (request) => {
    // A request that finishes while the context closes has no sizes any more: counted as none.
    const bytes = request
      .sizes()
      .then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize)
      .catch(() => 0)
    finished.push(bytes.then((count) => ({ request, bytes: count })))
  })
  await page.addInitScript({
    content: `(() => { const colours = ${JSON.stringify(watch.colours)}; const need = ${watch.need}; ${watchCanvas} })()`,
  })
  await page.goto(url)
  const handle = await page.waitForFunction(() => (window as { firstColouredMap?: number }).firstColouredMap, null, {
    timeout: 180_000,
    polling: 250,
  })
  const milliseconds = Number(await handle.jsonValue())
  // Request timings are in milliseconds since the epoch: the moment of the map on the same clock.
  const seen = (await page.evaluate(() => performance.timeOrigin)) + milliseconds
  const before = requests.filter((request) => request.timing().startTime <= seen)
  const transferred = (await Promise.all(finished))
    .filter(({ request }) => {
      const timing = request.timing()
      return before.includes(request) && timing.startTime + timing.responseEnd <= seen
    })
    .reduce((total, item) => total + item.bytes, 0)
  await context.close()
  return { milliseconds: Math.round(milliseconds), transferred, requests: before.map((request) => request.url()) }
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2)
}
