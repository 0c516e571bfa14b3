import { z } from 'zod'
import { parseWeights } from '../planning/weights'

// The parameters of the planner's ranking, shared by the ranking itself and its exports.

/** The years the planner's tools cover: the plan's baseline 2021 to the latest data, 2026. */
export const planningYear = z.coerce
  .number({ message: 'must be a year' })
  .int('must be a whole number')
  .min(2021, 'must be 2021 or later')
  .max(2026, 'must be 2026 or earlier')

export const weights = z
  .string({
    error: (issue) =>
      issue.input === undefined ? 'is required, e.g. poverty_rate:2,village_road_hardened:1' : 'must be given once',
  })
  .transform((text, context) => {
    const parsed = parseWeights(text)
    if ('problem' in parsed) {
      context.addIssue({ code: 'custom', message: parsed.problem })
      return z.NEVER
    }
    return parsed.weights
  })

export const normalise = z.enum(['minmax', 'rank'], { message: 'must be minmax or rank' }).default('minmax')

export const rankingQuery = z.object({ year: planningYear.default(2025), weights, normalise })
