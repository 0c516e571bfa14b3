import type { Browser } from 'playwright-core'
import { backgroundColour } from '../../web/layers/base-style'
import { fillOpacities } from '../../web/layers/communes'
import type { BarePage } from './bare-page'
import { firstColouredMap, median, type Network, paintedColours, slow3G, unthrottled, type Visit } from './first-map'

type WriteBarePage = (
  communesUrl: string,
  size: { width: number; height: number },
) => Promise<BarePage & { label: string }>

const runs = Number(process.env.BENCH_RUNS ?? 4)

/**
 * Issue 13 §2: the portal's first coloured map beside a bare MapLibre page's. A first visit to the
 * portal (not counted) tells the bare page which communes address the portal asks for and how big
 * its map is, and warms the server's answers for both; then the two pages alternate, `runs` visits
 * each, unthrottled and on slow 3G, and the medians and their ratio are printed.
 */
export async function sideBySide(browser: Browser, base: string, writeBarePage: WriteBarePage) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  const asked: string[] = []
  page.on('request', (request) => asked.push(request.url()))
  await page.goto(`${base}/`)
  await page.locator('#legend-title').waitFor({ timeout: 120_000 })
  const canvas = page.locator('canvas.maplibregl-canvas')
  await canvas.waitFor({ timeout: 120_000 })
  const box = await canvas.evaluate((element) => ({ width: element.clientWidth, height: element.clientHeight }))
  const communesUrl = asked.find((url) => /\/api\/units\?.*level=commune/.test(url))
  if (!communesUrl) throw new Error('the portal asked for no communes')
  const bare = await writeBarePage(new URL(communesUrl).pathname + new URL(communesUrl).search, box)
  // The colours the portal's legend shows must be the ones the bench waits for on both pages.
  const legend = await page
    .locator('.legend .swatch:not(.no-data)')
    .evaluateAll((swatches) => swatches.map((swatch) => getComputedStyle(swatch).backgroundColor))
  await context.close()
  const hex = (rgb: string) =>
    `#${(rgb.match(/\d+/g) ?? []).map((channel) => Number(channel).toString(16).padStart(2, '0')).join('')}`
  const missing = bare.classColours.filter((colour) => !legend.map(hex).includes(colour))
  if (missing.length > 0)
    throw new Error(
      `the portal's legend lacks the colours the bench computed (${missing.join(', ')}): if the portal now classes its default view otherwise, scripts/bench/bare-page.ts must follow`,
    )

  const watch = {
    colours: paintedColours(bare.classColours, backgroundColour, fillOpacities.full),
    need: Math.min(3, bare.classColours.length),
  }
  const pages = { portal: `${base}/`, bare: `${base}${bare.path}` }
  console.log(
    `First coloured map (headless Chromium, software WebGL; map ${box.width}×${box.height} px; ${bare.label}; median of ${runs}, alternating):`,
  )
  console.log(`  ${''.padEnd(48)} ${'portal'.padStart(9)} ${'MapLibre alone'.padStart(15)} ${'ratio'.padStart(7)}`)
  for (const network of [unthrottled, slow3G] as Network[]) {
    // A first visit of each under this network, not counted.
    for (const url of Object.values(pages)) await firstColouredMap(browser, url, network, watch)
    const visits: Record<keyof typeof pages, Visit[]> = { portal: [], bare: [] }
    for (let run = 0; run < runs; run += 1)
      for (const name of run % 2 === 0 ? (['portal', 'bare'] as const) : (['bare', 'portal'] as const))
        visits[name].push(await firstColouredMap(browser, pages[name], network, watch))
    const portal = median(visits.portal.map((visit) => visit.milliseconds))
    const alone = median(visits.bare.map((visit) => visit.milliseconds))
    const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(2)} s`
    console.log(
      `  ${network.label.padEnd(48)} ${seconds(portal).padStart(9)} ${seconds(alone).padStart(15)} ${`${(portal / alone).toFixed(2)}×`.padStart(7)}  (goal ≤ 1.5×)`,
    )
    const kb = (visit: Visit[]) => `${(median(visit.map((item) => item.transferred)) / 1024).toFixed(0)} KB`
    const count = (visit: Visit[]) => median(visit.map((item) => item.requests.length))
    console.log(
      `  ${'    runs (ms)'.padEnd(48)} ${visits.portal.map((visit) => visit.milliseconds).join(' ')} | ${visits.bare.map((visit) => visit.milliseconds).join(' ')}`,
    )
    console.log(
      `  ${'    until then: transferred, requests'.padEnd(48)} ${kb(visits.portal)}, ${count(visits.portal)} | ${kb(visits.bare)}, ${count(visits.bare)}`,
    )
  }
  console.log('')
}
