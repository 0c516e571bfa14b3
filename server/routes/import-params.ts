import { bodyLimit } from 'hono/body-limit'
import { z } from 'zod'
import { documentFormulaMessage, looksLikeFormula } from '../imports/cell-values'
import { importYears, limits } from '../imports/limits'
import { type Message, Refusal, refusalBody } from '../message'
import { notFound } from '../not-found'
import type { BatchRefusal } from '../sql/imports'
import { bilingual, phrase, says } from './schema-words'
import { indicatorCode } from './validate'

// Parameters shared by the import and value routes.

export const importYear = z.coerce
  .number(says(phrase.year))
  .int(says(phrase.wholeNumber))
  .min(importYears.first, says(phrase.from(importYears.first)))
  .max(importYears.last, says(phrase.until(importYears.last)))

export const templateQuery = z.object({
  indicator: z
    .union(
      [z.literal('all'), indicatorCode],
      says({ vi: 'phải là all hoặc một mã chỉ tiêu', en: 'must be all or an indicator code' }),
    )
    .default('all'),
  year: importYear.default(2025),
  layout: z.enum(['long', 'wide'], says(phrase.oneOf(['long', 'wide']))).default('wide'),
  format: z.enum(['csv', 'xlsx'], says(phrase.oneOf(['csv', 'xlsx']))).default('xlsx'),
})

/**
 * A source document (its number and date), as typed in the upload form or a correction: it is
 * written into the CSV exports, so text a spreadsheet would run as a formula is refused here, as
 * in a file's document column (issue #9).
 */
export const sourceDocument = z
  .string(says({ vi: 'phải là văn bản', en: 'must be text' }))
  .trim()
  .max(limits.documentLength, says(phrase.atMostCharacters(String(limits.documentLength))))
  .superRefine((text, context) => {
    if (looksLikeFormula(text)) context.addIssue({ code: 'custom', ...bilingual(documentFormulaMessage(text)) })
  })

const document = sourceDocument.transform((text) => text || undefined)

export const uploadForm = z.object({
  file: z.instanceof(
    File,
    says({
      vi: 'phải là một tệp (trường "file" của multipart/form-data)',
      en: 'must be one file (multipart/form-data field "file")',
    }),
  ),
  document: document.optional(),
})

// The file may be 5 MB; the multipart wrapping and the document field need a little more. A larger
// body is refused before it is read whole.
export const uploadLimit = bodyLimit({
  maxSize: limits.fileBytes + 64 * 1024,
  onError: (c) =>
    c.json(
      refusalBody({
        vi: 'Tệp tải lên lớn hơn 5 MB; chưa có gì được nhập.',
        en: 'The upload is larger than 5 MB; nothing was imported.',
      }),
      413,
    ),
})

// A batch's status as a sentence says it (0005_imports.sql: draft, published, discarded, rolled_back).
const statusWords: Record<string, Message> = {
  draft: { vi: 'bản nháp', en: 'a draft' },
  published: { vi: 'đã công bố', en: 'published' },
  discarded: { vi: 'đã hủy', en: 'discarded' },
  rolled_back: { vi: 'đã hoàn tác', en: 'rolled back' },
}

/** A publish, discard or rollback that the batch's state refuses, as the answer to give. */
export function batchRefusal(refusal: BatchRefusal, id: number, wanted: 'draft' | 'published'): Refusal {
  if (refusal.refused === 'missing') return new Refusal(404, notFound.importBatch(id))
  const status = statusWords[refusal.status ?? ''] ?? { vi: refusal.status ?? '', en: refusal.status ?? '' }
  return new Refusal(409, {
    vi: `Lần nhập #${id} đang ở trạng thái ${status.vi}, không phải ${statusWords[wanted]!.vi}: chưa có gì thay đổi.`,
    en: `Import #${id} is ${status.en}, not ${statusWords[wanted]!.en}: nothing was changed.`,
  })
}
