import { Hono } from 'hono'
import { z } from 'zod'
import { allow } from '../auth/allow'
import { Refusal } from '../message'
import type { PortalEnv } from '../portal-env'
import { progressReport } from '../reports/progress-report'
import { reportDocx } from '../reports/report-docx'
import { reportHtml } from '../reports/report-html'
import { audit } from '../sql/audit'
import { reportFigures } from '../sql/report-figures'
import { normalise, planningYear, weights } from './ranking-query'
import { phrase, says } from './schema-words'
import { validate } from './validate'

// The progress report (issue 11 §1): ranking parameters as /api/ranking, the headline indicators
// weighted equally when none are given.
const reportQuery = z.object({
  year: planningYear.default(2025),
  lang: z.enum(['vi', 'en'], says(phrase.oneOf(['vi', 'en']))).default('vi'),
  format: z.enum(['docx', 'html'], says(phrase.oneOf(['docx', 'html']))).default('docx'),
  weights: weights.optional(),
  normalise,
})

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const changing = {
  vi: 'Số liệu vừa được cập nhật trong lúc lập báo cáo; hãy thử lại sau ít giây.',
  en: 'The figures changed while the report was being made; try again in a few seconds.',
}

/** The report as a Word document or a printable page (planner and admin roles); every download is audited. */
export function reportRoutes() {
  return new Hono<PortalEnv>().get('/progress', allow('planner:tools'), validate('query', reportQuery), async (c) => {
    const query = c.req.valid('query')
    const figures = await reportFigures(c.var.sql, query, c.var.dataVersion)
    if ('error' in figures) throw new Refusal(400, figures.error)
    if ('changing' in figures) throw new Refusal(503, changing, { 'Retry-After': '5' })
    const report = progressReport(figures, query.lang, new Date())
    await audit(c.var.sql, c.var.caller, {
      action: 'export',
      target: query.format,
      detail: {
        kind: 'report',
        year: query.year,
        language: query.lang,
        version: figures.version,
        weights: figures.ranking.weights,
        normalise: query.normalise,
      },
    })
    const headers = { 'cache-control': 'no-store', 'x-data-version': String(figures.version) }
    if (query.format === 'html') return c.html(reportHtml(report), 200, headers)
    return c.body(await reportDocx(report), 200, {
      ...headers,
      'content-type': docxType,
      'content-disposition': `attachment; filename="${report.fileName}.docx"`,
    })
  })
}
