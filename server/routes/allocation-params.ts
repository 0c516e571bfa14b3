import { z } from 'zod'
import {
  type Coefficients,
  communeClasses,
  defaultCoefficients,
  optionalCriteria,
  overrideFields,
  totalLimits,
} from '../allocation/criteria'
import type { Message } from '../message'
import { allocationYear } from '../sql/allocation-inputs'
import { normalise, planningYear, weights } from './ranking-query'
import { bilingual, phrase, says } from './schema-words'
import { communeCode } from './validate'

// The parameters of an allocation scenario as POST /api/allocation/preview and the scenario routes
// take them (JSON). Unknown criteria or fields are refused by name, never ignored.

const shown = (keys: string[]) =>
  keys
    .slice(0, 3)
    .map((key) => JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key))
    .join(', ')

/** An object that refuses keys it does not know, naming them and what it takes, in both languages. */
function closed<Shape extends z.ZodRawShape>(shape: Shape) {
  const names = Object.keys(shape).join(', ')
  return z
    .looseObject(shape)
    .superRefine((value, context) => {
      const unknown = Object.keys(value).filter((key) => !Object.hasOwn(shape, key))
      if (unknown.length > 0)
        context.addIssue({
          code: 'custom',
          ...bilingual({
            vi: `không có ${shown(unknown)}; chỉ nhận ${names}`,
            en: `unknown ${shown(unknown)}; takes ${names}`,
          }),
        })
    })
    .transform((value) => value as z.infer<z.ZodObject<Shape>>)
}

const totalRange = says({
  vi: 'phải là số nguyên từ 1 đến 10.000.000 (triệu đồng)',
  en: 'must be a whole number from 1 to 10,000,000 (million VND)',
})
const total = z.number(totalRange).int(totalRange).min(totalLimits.least, totalRange).max(totalLimits.most, totalRange)

/** Two decimals at most: coefficients and weights are typed by people, and exact sums need it. */
const points = (most: number) =>
  z
    .number(says(phrase.number))
    .min(0, says(phrase.atLeast(0)))
    .max(most, says(phrase.atMost(most)))
    .refine(
      (value) => Math.abs(Math.round(value * 100) - value * 100) < 1e-9,
      says({ vi: 'chỉ được có tối đa 2 chữ số thập phân', en: 'must have at most 2 decimals' }),
    )

const coefficients = closed(
  Object.fromEntries([...communeClasses, 'village'].map((name) => [name, points(1000).optional()])) as Record<
    keyof Coefficients,
    z.ZodOptional<ReturnType<typeof points>>
  >,
).transform((given) => ({ ...defaultCoefficients, ...given }) as Coefficients)

const criterion = closed({
  code: z.enum(optionalCriteria, says(phrase.oneOf(optionalCriteria))),
  weight: points(1000),
})

const criteria = z
  .array(criterion, says({ vi: 'phải là một danh sách', en: 'must be a list' }))
  .max(optionalCriteria.length, says(phrase.atMost(optionalCriteria.length)))
  .refine(
    (list) => new Set(list.map((item) => item.code)).size === list.length,
    says({ vi: 'mỗi tiêu chí chỉ được ghi một lần', en: 'each criterion may be given once' }),
  )

/** The ranking whose disadvantage score a scenario counts: the parameters of /api/ranking. */
const ranking = closed({ year: planningYear.default(allocationYear), weights, normalise })

const override = closed({
  code: communeCode,
  region: z.enum(['I', 'II', 'III', 'none'], says(phrase.oneOf(['I', 'II', 'III', 'none']))).optional(),
  safeZone: z.boolean(says(phrase.trueOrFalse)).optional(),
  border: z.boolean(says(phrase.trueOrFalse)).optional(),
  villages: z
    .number(says(phrase.number))
    .int(says(phrase.wholeNumber))
    .min(0, says(phrase.atLeast(0)))
    .max(1000, says(phrase.atMost(1000)))
    .optional(),
  ethnicMinorityShare: points(100).optional(),
})

const overrides = z
  .array(override, says({ vi: 'phải là một danh sách', en: 'must be a list' }))
  .max(65, says(phrase.atMost(65)))
  .refine(
    (list) => new Set(list.map((item) => item.code)).size === list.length,
    says({ vi: 'mỗi xã chỉ được điều chỉnh một lần', en: 'each commune may be overridden once' }),
  )
  .refine(
    (list) => list.every((item) => overrideFields.some((field) => item[field] !== undefined)),
    says({ vi: 'mỗi điều chỉnh phải đổi ít nhất một giá trị', en: 'each override must change at least one value' }),
  )

const rankingNeeded: Message = {
  vi: 'tiêu chí disadvantage cần bảng xếp hạng: ranking.weights, ví dụ "poverty_rate:1,cultural_house:1"',
  en: 'the disadvantage criterion needs a ranking: ranking.weights, e.g. "poverty_rate:1,cultural_house:1"',
}

const parameterShape = {
  total,
  coefficients: coefficients.optional(),
  criteria: criteria.default([]),
  ranking: ranking.optional(),
  overrides: overrides.default([]),
}

/** A disadvantage criterion with a weight needs the ranking it comes from. */
const withRanking = <T extends { criteria: { code: string; weight: number }[]; ranking?: unknown }>(
  value: T,
  context: z.RefinementCtx,
) => {
  if (value.criteria.some((item) => item.code === 'disadvantage' && item.weight > 0) && !value.ranking)
    context.addIssue({ code: 'custom', path: ['ranking'], ...bilingual(rankingNeeded) })
}

const finish = <T extends { coefficients?: Coefficients }>(value: T) => ({
  ...value,
  coefficients: value.coefficients ?? defaultCoefficients,
})

/** POST /api/allocation/preview: only `total` is needed; the rest has the defaults. */
export const previewBody = closed(parameterShape).superRefine(withRanking).transform(finish)

const name = z
  .string(says(phrase.required))
  .trim()
  .min(1, says(phrase.required))
  .max(200, says(phrase.atMostCharacters('200')))
const program = z
  .string(says(phrase.required))
  .trim()
  .max(300, says(phrase.atMostCharacters('300')))

/** POST /api/allocation/scenarios: a name, the program or project, the parameters; or a copy's origin. */
export const scenarioBody = closed({
  ...parameterShape,
  name,
  program: program.default(''),
  copiedFrom: z.uuid(says({ vi: 'phải là mã của một kịch bản', en: 'must be the id of a scenario' })).optional(),
})
  .superRefine(withRanking)
  .transform(finish)

/** PATCH /api/allocation/scenarios/:id: any of the fields, at least one. */
export const scenarioChange = closed({
  name: name.optional(),
  program: program.optional(),
  total: total.optional(),
  coefficients: coefficients.optional(),
  criteria: criteria.optional(),
  ranking: ranking.nullable().optional(),
  overrides: overrides.optional(),
}).refine(
  (value) => Object.values(value).some((item) => item !== undefined),
  says({ vi: 'cần ít nhất một trường cần sửa', en: 'needs at least one field to change' }),
)

export type PreviewBody = z.infer<typeof previewBody>
export type ScenarioBody = z.infer<typeof scenarioBody>
export type ScenarioChange = z.infer<typeof scenarioChange>
