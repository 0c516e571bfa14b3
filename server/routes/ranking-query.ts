import { z } from 'zod'
import { parseWeights } from '../planning/weights'
import { bilingual, phrase, says } from './schema-words'

// The parameters of the planner's ranking, shared by the ranking itself and its exports.

/** The years the planner's tools cover: the plan's baseline 2021 to the latest data, 2026. */
export const planningYear = z.coerce
  .number(says(phrase.year))
  .int(says(phrase.wholeNumber))
  .min(2021, says(phrase.from(2021)))
  .max(2026, says(phrase.until(2026)))

const weightsRequired = says({
  vi: 'là bắt buộc, ví dụ poverty_rate:2,village_road_hardened:1',
  en: 'is required, e.g. poverty_rate:2,village_road_hardened:1',
}).message
const givenOnce = says({ vi: 'chỉ được ghi một lần', en: 'must be given once' }).message

export const weights = z
  .string({
    error: (issue) => (issue.input === undefined ? weightsRequired : givenOnce),
  })
  .transform((text, context) => {
    const parsed = parseWeights(text)
    if ('problem' in parsed) {
      context.addIssue({ code: 'custom', ...bilingual(parsed.problem) })
      return z.NEVER
    }
    return parsed.weights
  })

export const normalise = z.enum(['minmax', 'rank'], says(phrase.oneOf(['minmax', 'rank']))).default('minmax')

export const rankingQuery = z.object({ year: planningYear.default(2025), weights, normalise })
