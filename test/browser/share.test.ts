import { describe, expect, test } from 'vitest'
import { sharedPortal, waitForMap } from './browser'

// Issue 10 §6: what the public expects of a map: its figures to download without an account, and
// a link to this very view to share.
const portal = sharedPortal()

describe.skipIf(!portal.available)('downloads and sharing, without an account', () => {
  test('the published figures of the map download as CSV and GeoJSON, with provenance and sources', async () => {
    const { page, close } = await portal.open('/?indicator=forest_cover&year=2024')
    const csvLink = page.getByRole('link', { name: 'Tải CSV' })
    await expect.poll(() => csvLink.getAttribute('href')).toContain('kind=indicator&indicator=forest_cover&year=2024')
    const csv = await page.evaluate(
      async (url) => {
        const answer = await fetch(url!)
        return { status: answer.status, text: await answer.text() }
      },
      await csvLink.getAttribute('href'),
    )
    expect(csv.status).toBe(200)
    const lines = csv.text.split('\r\n').filter((line) => line && !/^\uFEFF?#/.test(line))
    expect(lines[0]).toContain('provenance,source')
    expect(lines).toHaveLength(66)
    const geojson = await page.evaluate(
      async (url) => (await fetch(url!)).json(),
      await page.getByRole('link', { name: 'Tải GeoJSON' }).getAttribute('href'),
    )
    expect(geojson.features).toHaveLength(65)
    expect(geojson.features[0].properties).toMatchObject({ provenance: expect.any(String), source: expect.any(String) })
    expect(geojson.metadata.attribution).toContain('OpenStreetMap')
    await close()
  })

  test('"Chép liên kết" copies the address of this view; opened elsewhere it shows the same map', async () => {
    const { page, close } = await portal.open('/?indicator=cultural_house&year=2023&commune=06040&classes=jenks')
    await waitForMap(page, 10)
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: portal.url() })
    // The map writes its position once the camera has settled on the commune.
    await expect.poll(() => page.url()).toContain('&at=')
    await page.waitForTimeout(1500)
    await page.getByRole('button', { name: 'Chép liên kết' }).click()
    await expect.poll(() => page.locator('.map-tools [role="status"]').textContent()).toContain('Đã chép liên kết')
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toBe(page.url())
    const other = await portal.open(copied.slice(portal.url().length))
    await expect
      .poll(() => other.page.locator('#legend-title').textContent())
      .toBe(await page.locator('#legend-title').textContent())
    await expect.poll(() => other.page.locator('.detail-panel h2').textContent()).toBe('Xã Thất Khê')
    expect(await other.page.getByLabel('Cách phân lớp').inputValue()).toBe('jenks')
    await other.close()
    await close()
  })
})
