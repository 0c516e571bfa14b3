import type { Browser } from 'playwright-core'

/**
 * Opens the portal in a fresh page and measures the time until the map canvas shows the coloured
 * communes (many distinct colours), and the bytes on the wire until then (compressed, as the
 * DevTools protocol counts them). "Slow" emulates a 3G-like link.
 */
export async function firstRender(browser: Browser, base: string, slow: boolean) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  const session = await context.newCDPSession(page)
  await session.send('Network.enable')
  let transferred = 0
  const http = new Set<string>()
  session.on('Network.requestWillBeSent', (event) => {
    if (event.request.url.startsWith('http')) http.add(event.requestId)
  })
  session.on('Network.loadingFinished', (event) => {
    if (http.delete(event.requestId)) transferred += event.encodedDataLength
  })
  if (slow) {
    await session.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 300,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    })
  }
  const started = Date.now()
  await page.goto(base)
  await page.waitForFunction(
    () => {
      const canvas = document.querySelector('.maplibregl-canvas') as HTMLCanvasElement | null
      if (!canvas || !document.querySelector('#legend-title')) return false
      const copy = document.createElement('canvas')
      copy.width = canvas.width
      copy.height = canvas.height
      const context = copy.getContext('2d')
      context?.drawImage(canvas, 0, 0)
      const data = context?.getImageData(0, 0, copy.width, copy.height).data ?? []
      const colours = new Set<number>()
      for (let index = 0; index < data.length; index += 4 * 211)
        colours.add((data[index]! << 16) | (data[index + 1]! << 8) | data[index + 2]!)
      return colours.size > 20
    },
    undefined,
    { timeout: 120_000, polling: 100 },
  )
  const milliseconds = Date.now() - started
  await context.close()
  return { milliseconds, transferred }
}
