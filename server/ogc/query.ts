import { z } from 'zod'
import { phrase, says } from '../routes/schema-words'
import { bilingual } from '../routes/validate'
import type { Bbox } from '../sql/feature-pages'

// The query parameters of the OGC routes (OGC API – Features 1.0, Core): an unknown parameter or a
// bad value is a 400 that says which and why (/req/core/query-param-unknown, -invalid). `f` picks
// JSON (the default, for GIS) or HTML (for people) and `lang` the language of titles and pages:
// the answer depends on the URL alone, so the public cache may keep it (public-cache/).

export const pageSize = { default: 100, maximum: 1000 } as const

const format = z.enum(['json', 'html'], says(phrase.oneOf(['json', 'html']))).default('json')
const language = z.enum(['vi', 'en'], says(phrase.oneOf(['vi', 'en']))).default('vi')

/** An object of these parameters and no other: each unknown one is named in the 400. */
function onlyParameters<Shape extends z.ZodRawShape>(shape: Shape) {
  const known = Object.keys(shape)
  return z
    .record(z.string(), z.unknown())
    .superRefine((query, context) => {
      for (const name of Object.keys(query))
        if (!known.includes(name))
          context.addIssue({
            code: 'custom',
            path: [name],
            ...bilingual({
              vi: `không phải tham số của địa chỉ này (các tham số: ${known.join(', ')})`,
              en: `is not a parameter of this address (its parameters: ${known.join(', ')})`,
            }),
          })
    })
    .pipe(z.object(shape))
}

export const documentQuery = onlyParameters({ f: format, lang: language })

const longitude = (value: number) => value >= -180 && value <= 180
const latitude = (value: number) => value >= -90 && value <= 90

/** "west,south,east,north" (or six numbers with heights, which are ignored), in CRS84. */
const bbox = z.string().transform((text, context): Bbox => {
  const numbers = text.split(',').map((part) => (part.trim() === '' ? Number.NaN : Number(part)))
  const fail = (message: { vi: string; en: string }) => {
    context.addIssue({ code: 'custom', ...bilingual(message) })
    return z.NEVER
  }
  if ((numbers.length !== 4 && numbers.length !== 6) || numbers.some((value) => !Number.isFinite(value)))
    return fail({
      vi: 'phải là 4 số cách nhau bởi dấu phẩy: kinh độ tây, vĩ độ nam, kinh độ đông, vĩ độ bắc (WGS 84)',
      en: 'must be 4 comma-separated numbers: west longitude, south latitude, east longitude, north latitude (WGS 84)',
    })
  const [west, south, east, north] =
    numbers.length === 6 ? [numbers[0]!, numbers[1]!, numbers[3]!, numbers[4]!] : (numbers as Bbox)
  if (![west, east].every(longitude) || ![south, north].every(latitude))
    return fail({
      vi: 'kinh độ phải trong khoảng −180…180 và vĩ độ trong khoảng −90…90',
      en: 'longitudes must lie within −180…180 and latitudes within −90…90',
    })
  if (west > east || south > north)
    return fail({
      vi: 'phía tây không được lớn hơn phía đông, phía nam không được lớn hơn phía bắc',
      en: 'west must not exceed east, nor south north',
    })
  return [west, south, east, north]
})

const datePart =
  /^([0-9]{4})(-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})?)?)?$/

/**
 * The year of the indicator values: "2025", a date or date-time in it, or an interval within one
 * year ("2025-01-01/2025-12-31"). Values are yearly, so an interval over several years or an open
 * one ("..") cannot pick one and is refused.
 */
const datetime = z.string().transform((text, context): number => {
  const years = text.split('/').map((part) => {
    const match = datePart.exec(part)
    if (!match || (part.length > 4 && Number.isNaN(Date.parse(part)))) return undefined
    return Number(match[1])
  })
  if (years.length > 2 || years.some((year) => year === undefined) || new Set(years).size !== 1) {
    context.addIssue({
      code: 'custom',
      ...bilingual({
        vi: 'phải là một năm (ví dụ 2025), một ngày trong năm đó, hoặc một khoảng thời gian trong cùng một năm: số liệu được ghi theo năm',
        en: 'must be a year (such as 2025), a date in it, or an interval within one year: values are recorded by year',
      }),
    })
    return z.NEVER
  }
  return years[0]!
})

export const itemsQuery = onlyParameters({
  f: format,
  lang: language,
  bbox: bbox.optional(),
  limit: z.coerce
    .number(says(phrase.number))
    .int(says(phrase.wholeNumber))
    .min(1, says(phrase.atLeast(1)))
    // Above the maximum a client gets the maximum (OGC API – Features 1.0, /per/core/limit-response).
    .transform((limit) => Math.min(limit, pageSize.maximum))
    .default(pageSize.default),
  offset: z.coerce
    .number(says(phrase.number))
    .int(says(phrase.wholeNumber))
    .min(0, says(phrase.atLeast(0)))
    .max(1_000_000, says(phrase.atMost('1,000,000')))
    .default(0),
  datetime: datetime.optional(),
})

export type ItemsQuery = z.infer<typeof itemsQuery>
export type DocumentQuery = z.infer<typeof documentQuery>

/** One feature's page: its format, language, and (communes) the year of its values. */
export const itemQuery = onlyParameters({ f: format, lang: language, datetime: datetime.optional() })
export type ItemQuery = z.infer<typeof itemQuery>

/** The API definition takes no parameter. */
export const apiQuery = onlyParameters({})
