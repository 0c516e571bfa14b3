import { zValidator } from '@hono/zod-validator'
import { z } from 'zod'
import { type Message, Refusal } from '../message'
import { bilingual, issueMessage, phrase, says } from './schema-words'

export { bilingual }

type Target = 'query' | 'param' | 'json' | 'form'

// Text PostgreSQL cannot store: the NUL character, and UTF-16 halves without their other half.
function unstorable(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index)
    if (code === 0) return true
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1)
      if (!(next >= 0xdc00 && next <= 0xdfff)) return true
      index += 1
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      return true
    }
  }
  return false
}

const maximumDepth = 64

/**
 * Where the input holds text PostgreSQL could not store, or is nested deeper than any of our
 * inputs can be (walked without recursion, so hostile nesting cannot exhaust the stack).
 */
function inputProblem(value: unknown): { path: (string | number)[]; message: Message } | undefined {
  const pending: { item: unknown; path: (string | number)[] }[] = [{ item: value, path: [] }]
  while (pending.length > 0) {
    const { item, path } = pending.pop()!
    if (typeof item === 'string') {
      if (unstorable(item))
        return {
          path,
          message: {
            vi: 'không được chứa ký tự NUL hoặc ký tự Unicode hỏng',
            en: 'must not contain the NUL character or broken Unicode',
          },
        }
    } else if (item && typeof item === 'object') {
      if (path.length >= maximumDepth)
        return { path: path.slice(0, 3), message: { vi: 'lồng nhau quá sâu', en: 'is nested too deeply' } }
      const entries: [string | number, unknown][] = Array.isArray(item) ? [...item.entries()] : Object.entries(item)
      for (const [key, child] of entries) pending.push({ item: child, path: [...path, key] })
    }
  }
  return undefined
}

const wordsFor = {
  json: { vi: 'Nội dung gửi lên sai', en: 'Bad body' },
  form: { vi: 'Trường biểu mẫu sai', en: 'Bad form field' },
  other: { vi: 'Tham số sai', en: 'Bad parameter' },
}

/**
 * zod validation whose failure is a 400 that says, in words, which parameter is wrong and why
 * (e.g. `year: must be a whole number`), never a stack or a zod dump. Text the database could not
 * store is refused here too, whatever the route's schema says.
 */
export function validate<Schema extends z.ZodType, T extends Target>(target: T, schema: Schema) {
  const guarded = z
    .unknown()
    .superRefine((value, context) => {
      const problem = inputProblem(value)
      if (problem) context.addIssue({ code: 'custom', path: problem.path, ...bilingual(problem.message) })
    })
    .pipe(schema) as unknown as Schema
  return zValidator(target, guarded, (result) => {
    if (!result.success) {
      const issues = result.error.issues
      const where = (issue: (typeof issues)[number]) => issue.path.join('.') || target
      const words = target === 'json' ? wordsFor.json : target === 'form' ? wordsFor.form : wordsFor.other
      const messages = issues.map(issueMessage)
      throw new Refusal(400, {
        vi: `${words.vi}: ${issues.map((issue, index) => `${where(issue)}: ${messages[index]!.vi}`).join('; ')}`,
        en: `${words.en}: ${issues.map((issue, index) => `${where(issue)}: ${messages[index]!.en}`).join('; ')}`,
      })
    }
  })
}

// Shared parameter schemas, so every route reads codes, years and vintages the same way.
export const unitCode = z
  .string()
  .regex(
    /^([0-9]{2}|[0-9]{3}|[0-9]{5})$/,
    says({ vi: 'phải là mã chính thức gồm 2, 3 hoặc 5 chữ số', en: 'must be an official code of 2, 3 or 5 digits' }),
  )
export const communeCode = z
  .string()
  .regex(/^[0-9]{5}$/, says({ vi: 'phải là mã xã gồm 5 chữ số', en: 'must be a 5-digit commune code' }))
export const vintage = z.enum(
  ['2019', '2021', '2024', '2025'],
  says({ vi: 'phải là một trong 2019, 2021, 2024, 2025', en: 'must be one of 2019, 2021, 2024, 2025' }),
)
export const detail = z.enum(['low', 'medium', 'full'], says(phrase.oneOf(['low', 'medium', 'full'])))
export const year = z.coerce
  .number(says(phrase.year))
  .int(says(phrase.wholeNumber))
  .min(2000, says(phrase.from(2000)))
  .max(2100, says(phrase.until(2100)))
export const indicatorCode = z
  .string()
  .regex(
    /^[a-z][a-z0-9_]{0,63}$/,
    says({ vi: 'phải là mã chỉ tiêu, ví dụ forest_cover', en: 'must be an indicator code such as forest_cover' }),
  )

/** A random id in the path (restricted zones, sessions): a uuid (0008_unguessable_ids.sql). */
export const uuidParam = z.object({
  id: z.uuid(says({ vi: 'phải là một mã dạng 0b8e… (uuid)', en: 'must be an id such as 0b8e…, a uuid' })),
})

/** A numeric id in the path (accounts, imports): a positive 32-bit integer. */
export const idParam = z.object({
  id: z.coerce
    .number(says(phrase.number))
    .int(says(phrase.wholeNumber))
    .positive(says({ vi: 'phải là số dương', en: 'must be positive' }))
    .max(2_147_483_647, says({ vi: 'quá lớn', en: 'is too large' })),
})
