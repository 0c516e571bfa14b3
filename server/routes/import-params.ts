import { bodyLimit } from 'hono/body-limit'
import { HTTPException } from 'hono/http-exception'
import { z } from 'zod'
import { documentFormulaMessage, looksLikeFormula } from '../imports/cell-values'
import { importYears, limits } from '../imports/limits'
import type { BatchRefusal } from '../sql/imports'
import { bilingual, indicatorCode } from './validate'

// Parameters shared by the import and value routes.

export const importYear = z.coerce
  .number({ message: 'must be a year' })
  .int('must be a whole number')
  .min(importYears.first, `must be ${importYears.first} or later`)
  .max(importYears.last, `must be ${importYears.last} or earlier`)

export const templateQuery = z.object({
  indicator: z.union([z.literal('all'), indicatorCode], { message: 'must be all or an indicator code' }).default('all'),
  year: importYear.default(2025),
  layout: z.enum(['long', 'wide'], { message: 'must be long or wide' }).default('wide'),
  format: z.enum(['csv', 'xlsx'], { message: 'must be csv or xlsx' }).default('xlsx'),
})

/**
 * A source document (its number and date), as typed in the upload form or a correction: it is
 * written into the CSV exports, so text a spreadsheet would run as a formula is refused here, as
 * in a file's document column (issue #9).
 */
export const sourceDocument = z
  .string({ message: 'must be text' })
  .trim()
  .max(limits.documentLength, `must be at most ${limits.documentLength} characters`)
  .superRefine((text, context) => {
    if (looksLikeFormula(text)) context.addIssue({ code: 'custom', ...bilingual(documentFormulaMessage(text)) })
  })

const document = sourceDocument.transform((text) => text || undefined)

export const uploadForm = z.object({
  file: z.instanceof(File, { message: 'must be one file (multipart/form-data field "file")' }),
  document: document.optional(),
})

// The file may be 5 MB; the multipart wrapping and the document field need a little more. A larger
// body is refused before it is read whole.
export const uploadLimit = bodyLimit({
  maxSize: limits.fileBytes + 64 * 1024,
  onError: (c) => c.json({ error: 'The upload is larger than 5 MB; nothing was imported.' }, 413),
})

/** A publish, discard or rollback that the batch's state refuses, as the answer to give. */
export function batchRefusal(refusal: BatchRefusal, id: number, wanted: string): HTTPException {
  if (refusal.refused === 'missing') return new HTTPException(404, { message: `No import with id ${id}` })
  return new HTTPException(409, {
    message: `Import #${id} is ${refusal.status?.replace('_', ' ')}, not ${wanted}: nothing was changed.`,
  })
}
