// Numbers and values as a reader of each language writes them: Vietnamese (the default) groups
// thousands with "." and writes decimals with "," (12.345,6); English the other way round.

export type Language = 'vi' | 'en'

const locales: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' }
const noValue = '—'

/**
 * Vietnamese typography puts a space before "%"; a no-break space (U+00A0) so a narrow legend
 * never wraps the sign onto a line of its own.
 */
const unitSuffixes: Record<string, Record<Language, string>> = {
  percent: { vi: '\u00a0%', en: '%' },
  usd_per_person: { vi: ' USD/người/năm', en: ' USD per person per year' },
  km2: { vi: ' km²', en: ' km²' },
  // Capital allocated (issue 11 §2): whole million VND.
  million_vnd: { vi: ' triệu đồng', en: ' million VND' },
}

/** People, things and dollars per person are shown whole; shares and areas to one decimal. */
const wholeNumberUnits = new Set(['count', 'persons', 'usd_per_person', 'million_vnd'])

const statusNames: Record<Language, Record<string, string>> = {
  vi: { I: 'Khu vực I', II: 'Khu vực II', III: 'Khu vực III', none: 'Ngoài vùng DTTS&MN' },
  en: { I: 'Region I', II: 'Region II', III: 'Region III', none: 'Outside the ethnic-minority area' },
}
/** Statuses as numbers, the ranks the SQL `category_rank` gives them (targets compare ranks). */
const statusByRank = ['none', 'I', 'II', 'III']
const flagWords: Record<Language, { yes: string; no: string }> = {
  vi: { yes: 'Có', no: 'Không' },
  en: { yes: 'Yes', no: 'No' },
}

/** Up to `digits` decimals, none for whole numbers; a value that rounds to zero is never "-0". */
export function formatNumber(value: number, language: Language, digits = 1): string {
  return new Intl.NumberFormat(locales[language], { maximumFractionDigits: digits, signDisplay: 'negative' }).format(
    value,
  )
}

export function formatPercent(value: number, language: Language, digits = 1): string {
  return `${formatNumber(value, language, digits)}${unitSuffixes.percent![language]}`
}

const suffixOf = (unit: string, language: Language) => unitSuffixes[unit]?.[language] ?? ''
const statusName = (status: string, language: Language) => statusNames[language][status] ?? status

/**
 * A value with its unit, as the tooltip, the table and the detail panel show it; "—" for none.
 * `precise` shows shares to two decimals, as the server decided on them (the scoreboard, where a
 * status must agree with the figure shown: 59,96 % is not "60 %").
 */
export function formatValue(
  value: number | string | boolean | null,
  unit: string,
  language: Language,
  precise = false,
): string {
  if (value === null) return noValue
  if (typeof value === 'boolean') return flagWords[language][value ? 'yes' : 'no']
  if (typeof value === 'string') return statusName(value, language)
  if (unit === 'flag') return flagWords[language][value === 0 ? 'no' : 'yes']
  if (unit === 'status' && statusByRank[value]) return statusName(statusByRank[value], language)
  const digits = wholeNumberUnits.has(unit) ? 0 : precise ? 2 : 1
  return `${formatNumber(value, language, digits)}${suffixOf(unit, language)}`
}

/** A difference of two values: between percentages it is in percentage points ("6,3 điểm %"), not "%". */
export function formatDifference(value: number, unit: string, language: Language): string {
  if (unit !== 'percent') return formatValue(value, unit, language)
  return `${formatNumber(value, language)} ${language === 'vi' ? 'điểm\u00a0%' : 'points'}`
}

/**
 * A legend class, "12,5–20 %". Breaks are not values (a quantile break of a count can be 2,5),
 * so both ends keep one decimal whatever the unit, and whole breaks show none.
 */
export function formatRange(lower: number, upper: number, unit: string, language: Language): string {
  return `${formatNumber(lower, language)}–${formatNumber(upper, language)}${suffixOf(unit, language)}`
}

/** "26/11/2026 09:41" in Vietnamese, "26 Nov 2026, 09:41" in English. */
export function formatMoment(iso: string | null | undefined, language: Language): string {
  if (!iso) return '—'
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return '—'
  return date.toLocaleString(locales[language], {
    day: '2-digit',
    month: language === 'vi' ? '2-digit' : 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  })
}
