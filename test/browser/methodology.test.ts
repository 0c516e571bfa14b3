import { describe, expect, test } from 'vitest'
import { sharedPortal } from './browser'

const portal = sharedPortal()

// Issue #14, section 0: the methodology page shows every source of the data package with its
// licence, the credit it asks for and the pinned upstream it was taken from, in the page's language.
describe.skipIf(!portal.available)('the methodology page', () => {
  test('lists every source with licence, credit and upstream, in Vietnamese and in English', async () => {
    const { page, errors, close } = await portal.open('/?view=methodology')
    const sources = page.locator('.source-list > li')
    await expect.poll(() => sources.count()).toBe(10)
    const vietnamese = (await page.locator('.source-list').textContent()) ?? ''
    expect(vietnamese).toContain('Giấy phép: ODbL 1.0')
    expect(vietnamese).toContain("Thôn, bản: Who's On First (whosonfirst.org) và GeoNames (geonames.org), CC BY")
    expect(vietnamese).toContain('@ cd58063299')
    await page.getByRole('button', { name: 'English' }).click()
    await expect.poll(() => page.locator('.source-list').textContent()).toContain('Licence: GeoNames CC BY 4.0')
    const english = (await page.locator('.source-list').textContent()) ?? ''
    expect(english).toContain('Taken from: github.com/thanglequoc/vietnamese-provinces-database @ cd58063299')
    expect(english).toContain('© OpenStreetMap contributors (ODbL)')
    expect(errors).toEqual([])
    await close()
  })
})
