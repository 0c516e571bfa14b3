import { expect, test } from 'vitest'
import { unavailable } from '../../server/database-gate'
import { refusalBody } from '../../server/message'
import { sharedPortal } from './browser'

// While the database is away the server answers 503 with its sentence (server/database-gate.ts,
// tested against a real restart in test/faults/); the page shows that sentence and comes back by
// itself when the data does (issue #14). Here the map's values answer 503 for a while.

const portal = sharedPortal()

test.skipIf(!portal.available)(
  'the page says the data is temporarily unavailable, then shows it when it is back',
  async () => {
    let refusing = true
    const { page, errors, close } = await portal.open('/?indicator=forest_cover&year=2025', undefined, async (page) => {
      await page.route('**/api/indicators/*/values*', (route) =>
        refusing
          ? route.fulfill({
              status: 503,
              headers: { 'content-type': 'application/json', 'retry-after': '5' },
              body: JSON.stringify(refusalBody(unavailable)),
            })
          : route.continue(),
      )
    })
    try {
      const banner = page.locator('.unavailable-banner')
      await expect.poll(() => banner.textContent()).toBe(unavailable.vi)
      refusing = false
      await expect.poll(() => banner.count(), { timeout: 30_000 }).toBe(0)
      await expect.poll(() => page.locator('.legend').count()).toBeGreaterThan(0)
      expect(errors).toEqual([])
    } finally {
      await close()
    }
  },
  120_000,
)
