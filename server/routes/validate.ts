import { zValidator } from '@hono/zod-validator'
import { HTTPException } from 'hono/http-exception'
import { z } from 'zod'
import { type Message, Refusal } from '../message'

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
function inputProblem(value: unknown): { path: (string | number)[]; message: string } | undefined {
  const pending: { item: unknown; path: (string | number)[] }[] = [{ item: value, path: [] }]
  while (pending.length > 0) {
    const { item, path } = pending.pop()!
    if (typeof item === 'string') {
      if (unstorable(item)) return { path, message: 'must not contain the NUL character or broken Unicode' }
    } else if (item && typeof item === 'object') {
      if (path.length >= maximumDepth) return { path: path.slice(0, 3), message: 'is nested too deeply' }
      const entries: [string | number, unknown][] = Array.isArray(item) ? [...item.entries()] : Object.entries(item)
      for (const [key, child] of entries) pending.push({ item: child, path: [...path, key] })
    }
  }
  return undefined
}

/**
 * A zod issue (or refine option) that says what is wrong in both languages: `message` is the
 * English, `params.vi` the Vietnamese. A failure made only of such issues is answered as a Refusal.
 */
export const bilingual = (message: Message) => ({ message: message.en, params: { vi: message.vi } })

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
      if (problem) context.addIssue({ code: 'custom', ...problem })
    })
    .pipe(schema) as unknown as Schema
  return zValidator(target, guarded, (result) => {
    if (!result.success) {
      const issues = result.error.issues
      const where = (issue: (typeof issues)[number]) => issue.path.join('.') || target
      const words = target === 'json' ? wordsFor.json : target === 'form' ? wordsFor.form : wordsFor.other
      const vietnamese = issues.map((issue) => (issue as { params?: { vi?: unknown } }).params?.vi)
      if (vietnamese.every((text) => typeof text === 'string'))
        throw new Refusal(400, {
          vi: `${words.vi}: ${issues.map((issue, index) => `${where(issue)}: ${vietnamese[index]}`).join('; ')}`,
          en: `${words.en}: ${issues.map((issue) => `${where(issue)}: ${issue.message}`).join('; ')}`,
        })
      const problems = issues.map((issue) => `${where(issue)}: ${issue.message}`)
      throw new HTTPException(400, {
        message: `Bad ${target === 'json' ? 'body' : target === 'form' ? 'form field' : 'parameter'}: ${problems.join('; ')}`,
      })
    }
  })
}

// Shared parameter schemas, so every route reads codes, years and vintages the same way.
export const unitCode = z
  .string()
  .regex(/^([0-9]{2}|[0-9]{3}|[0-9]{5})$/, 'must be an official code of 2, 3 or 5 digits')
export const communeCode = z.string().regex(/^[0-9]{5}$/, 'must be a 5-digit commune code')
export const vintage = z.enum(['2019', '2021', '2024', '2025'], {
  message: 'must be one of 2019, 2021, 2024, 2025',
})
export const detail = z.enum(['low', 'medium', 'full'], { message: 'must be low, medium or full' })
export const year = z.coerce
  .number({ message: 'must be a year' })
  .int('must be a whole number')
  .min(2000, 'must be 2000 or later')
  .max(2100, 'must be 2100 or earlier')
export const indicatorCode = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,63}$/, 'must be an indicator code such as forest_cover')

/** A random id in the path (restricted zones, sessions): a uuid (0008_unguessable_ids.sql). */
export const uuidParam = z.object({ id: z.uuid({ message: 'must be an id such as 0b8e…, a uuid' }) })

/** A numeric id in the path (accounts, imports): a positive 32-bit integer. */
export const idParam = z.object({
  id: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .positive('must be positive')
    .max(2_147_483_647, 'is too large'),
})
