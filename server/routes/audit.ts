import { Hono } from 'hono'
import { z } from 'zod'
import { allow } from '../auth/allow'
import { auditExportLimit, auditTable } from '../planning/audit-table'
import { csvText } from '../planning/csv'
import type { PortalEnv } from '../portal-env'
import { audit, auditEvents } from '../sql/audit'
import { downloadCounts } from '../sql/public-downloads'
import { phrase, says } from './schema-words'
import { validate } from './validate'

const timestamp = z.iso
  .datetime({
    offset: true,
    ...says({
      vi: 'phải là ngày giờ theo ISO, ví dụ 2026-01-31T00:00:00Z',
      en: 'must be an ISO date and time, e.g. 2026-01-31T00:00:00Z',
    }),
  })
  .refine(
    (text) => {
      const year = new Date(text).getUTCFullYear()
      return year >= 2000 && year <= 2100
    },
    says({ vi: 'phải trong khoảng năm 2000 đến 2100', en: 'must be between the years 2000 and 2100' }),
  )

const filterQuery = z.object({
  action: z.string().trim().min(1, says(phrase.required)).max(100, says(phrase.tooLong)).optional(),
  username: z.string().trim().toLowerCase().min(1, says(phrase.required)).max(40, says(phrase.tooLong)).optional(),
  since: timestamp.optional(),
  until: timestamp.optional(),
})
const day = z.iso.date(
  says({ vi: 'phải là một ngày theo ISO, ví dụ 2026-01-31', en: 'must be an ISO date, e.g. 2026-01-31' }),
)
const downloadsQuery = z.object({ since: day.optional(), until: day.optional() })

const auditQuery = filterQuery.extend({
  before: z
    .uuid(says({ vi: 'phải là mã của một mục trong nhật ký', en: 'must be the id of an entry of the log' }))
    .optional(),
  limit: z.coerce
    .number(says(phrase.number))
    .int(says(phrase.wholeNumber))
    .min(1, says(phrase.atLeast(1)))
    .max(500, says(phrase.atMost(500)))
    .default(100),
})

/**
 * The audit log for admins, newest first, filtered; the database shows it to admins only, and its
 * restricted entries only to admins who also hold border (row-level security). The CSV is the same
 * filter's entries as a file (planning/csv.ts: BOM, no formula cells), and its download is audited.
 */
export function auditRoutes() {
  return (
    new Hono<PortalEnv>()
      .get('/', allow('audit:read'), validate('query', auditQuery), async (c) =>
        c.json(await auditEvents(c.var.sql, c.req.valid('query'))),
      )
      // The public's downloads of the published figures, counted per day and file (public-cache/downloads.ts).
      .get('/downloads', allow('audit:read'), validate('query', downloadsQuery), async (c) =>
        c.json(await downloadCounts(c.var.sql, c.req.valid('query'))),
      )
      .get('/export.csv', allow('audit:read'), validate('query', filterQuery), async (c) => {
        const filter = c.req.valid('query')
        const events = await auditEvents(c.var.sql, { ...filter, limit: auditExportLimit })
        const table = auditTable(filter, events, new Date())
        await audit(c.var.sql, c.var.caller, { action: 'export', target: 'audit csv', detail: filter })
        return c.body(csvText(table), 200, {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="${table.fileName}.csv"`,
          'cache-control': 'no-store',
        })
      })
  )
}
