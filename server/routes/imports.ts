import { Hono } from 'hono'
import { allow } from '../auth/allow'
import { checkUpload } from '../imports/check-upload'
import { vintageOfYear } from '../imports/limits'
import { templateFile } from '../imports/template-file'
import { Refusal } from '../message'
import { notFound } from '../not-found'
import type { PortalEnv } from '../portal-env'
import { audit } from '../sql/audit'
import { importableIndicators, templateUnits } from '../sql/import-checks'
import { batchPreview } from '../sql/import-preview'
import { publishBatch, rollbackBatch } from '../sql/import-publish'
import { batchById, createBatch, discardBatch, listBatches, setSummary } from '../sql/imports'
import { importHistory } from '../sql/value-history'
import { batchRefusal, templateQuery, uploadForm, uploadLimit } from './import-params'
import { idParam, validate } from './validate'

const noStore = { 'cache-control': 'no-store' }

/**
 * Official figures from the departments' spreadsheets (issue #6), for planners and admins: the
 * template, an upload checked whole into a draft, its review, publish, discard, rollback. Each
 * request is one transaction (auth/role-scope.ts): a failure leaves nothing half-written.
 */
export function importRoutes() {
  return new Hono<PortalEnv>()
    .get('/template', allow('values:import'), validate('query', templateQuery), async (c) => {
      const request = c.req.valid('query')
      const importable = await importableIndicators(c.var.sql)
      const indicators =
        request.indicator === 'all' ? importable : importable.filter((item) => item.code === request.indicator)
      if (indicators.length === 0)
        throw new Refusal(400, {
          vi: `Tham số sai: indicator: ${request.indicator} không phải chỉ tiêu nhập theo từng xã.`,
          en: `Bad parameter: indicator: ${request.indicator} is not an indicator imported per commune`,
        })
      const vintage = vintageOfYear(request.year)
      const units = await templateUnits(c.var.sql, vintage)
      const file = templateFile({ ...request, vintage, units, indicators })
      return c.body(file.bytes as Uint8Array<ArrayBuffer>, 200, {
        'content-type': file.type,
        'content-disposition': `attachment; filename="${file.name}"`,
        ...noStore,
      })
    })
    .post('/', allow('values:import'), uploadLimit, validate('form', uploadForm), async (c) => {
      const { file, document } = c.req.valid('form')
      const bytes = new Uint8Array(await file.arrayBuffer())
      const check = await checkUpload(c.var.sql, { fileName: file.name, bytes, document: document ?? null })
      if ('refused' in check) return c.json(check.refused, 400)
      const username = c.var.caller.account!.username
      const id = await createBatch(c.var.sql, check.upload, username)
      const preview = (await batchPreview(c.var.sql, id))!
      await setSummary(c.var.sql, id, preview.summary)
      await audit(c.var.sql, c.var.caller, {
        action: 'import uploaded',
        target: String(id),
        detail: { fileName: preview.fileName, checksum: preview.checksum, ...preview.summary },
      })
      return c.json(preview, 201)
    })
    .get('/', allow('values:import'), async (c) => c.json(await listBatches(c.var.sql), 200, noStore))
    .get('/:id', allow('values:import'), validate('param', idParam), async (c) => {
      const { id } = c.req.valid('param')
      const preview = await batchPreview(c.var.sql, id)
      if (!preview) throw new Refusal(404, notFound.importBatch(id))
      return c.json(preview, 200, noStore)
    })
    .get('/:id/history', allow('values:import'), validate('param', idParam), async (c) => {
      const { id } = c.req.valid('param')
      if (!(await batchById(c.var.sql, id))) throw new Refusal(404, notFound.importBatch(id))
      return c.json(await importHistory(c.var.sql, id), 200, noStore)
    })
    .post('/:id/publish', allow('values:import'), validate('param', idParam), async (c) => {
      const { id } = c.req.valid('param')
      const result = await publishBatch(c.var.sql, id, c.var.caller.account!.username)
      if ('refused' in result) throw batchRefusal(result, id, 'draft')
      await audit(c.var.sql, c.var.caller, { action: 'import published', target: String(id), detail: result })
      return c.json({ published: true, versions: result.versions })
    })
    .post('/:id/discard', allow('values:import'), validate('param', idParam), async (c) => {
      const { id } = c.req.valid('param')
      const result = await discardBatch(c.var.sql, id, c.var.caller.account!.username)
      if ('refused' in result) throw batchRefusal(result, id, 'draft')
      await audit(c.var.sql, c.var.caller, { action: 'import discarded', target: String(id) })
      return c.json(result)
    })
    .post('/:id/rollback', allow('values:import'), validate('param', idParam), async (c) => {
      const { id } = c.req.valid('param')
      const result = await rollbackBatch(c.var.sql, id, c.var.caller.account!.username)
      if ('refused' in result) throw batchRefusal(result, id, 'published')
      await audit(c.var.sql, c.var.caller, { action: 'import rolled back', target: String(id), detail: result })
      return c.json({ rolledBack: true, ...result })
    })
}
