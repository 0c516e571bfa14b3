import { Hono } from 'hono'
import { z } from 'zod'
import { allow } from '../auth/allow'
import type { PortalEnv } from '../portal-env'
import { audit } from '../sql/audit'
import { portalSettings, setHideSample } from '../sql/settings'
import { phrase, says } from './schema-words'
import { validate } from './validate'

const settingsBody = z.object({
  hideSampleFromPublic: z.boolean(says(phrase.trueOrFalse)),
})

/**
 * The portal's settings: whether the public sees sample values. Planners read it (they see samples
 * either way), admins change it; the database applies it (row-level security, 0005_imports.sql).
 */
export function settingRoutes() {
  return new Hono<PortalEnv>()
    .get('/', allow('settings:read'), async (c) =>
      c.json(await portalSettings(c.var.sql), 200, { 'cache-control': 'no-store' }),
    )
    .put('/', allow('settings:edit'), validate('json', settingsBody), async (c) => {
      const { hideSampleFromPublic } = c.req.valid('json')
      const before = await portalSettings(c.var.sql)
      await setHideSample(c.var.sql, hideSampleFromPublic, c.var.caller.account!.username)
      await audit(c.var.sql, c.var.caller, {
        action: 'setting changed',
        target: 'hide_sample_from_public',
        detail: { from: before.hideSampleFromPublic, to: hideSampleFromPublic },
      })
      return c.json(await portalSettings(c.var.sql))
    })
}
