import { zValidator } from '@hono/zod-validator'
import { HTTPException } from 'hono/http-exception'
import { z } from 'zod'

type Target = 'query' | 'param' | 'json'

/**
 * zod validation whose failure is a 400 that says, in words, which parameter is wrong and why
 * (e.g. `year: must be a whole number`), never a stack or a zod dump.
 */
export function validate<Schema extends z.ZodType, T extends Target>(target: T, schema: Schema) {
  return zValidator(target, schema, (result) => {
    if (!result.success) {
      const problems = result.error.issues.map((issue) => `${issue.path.join('.') || target}: ${issue.message}`)
      throw new HTTPException(400, {
        message: `Bad ${target === 'json' ? 'body' : 'parameter'}: ${problems.join('; ')}`,
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
