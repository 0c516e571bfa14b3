import { formatMoment, formatNumber, type Language } from './format'
import type { Text } from './i18n/text'

// An audit entry's detail is data the server recorded (server/routes/*: `audit(…, { detail })`), its
// keys and some of its values English words of the code ("skipped", "roles", "planner"). The log
// shows them in the page's language (issue 10 §3: "skipped: 0 · versions: 3" in the Vietnamese
// page); a key or word without a label (a code, a file name, an indicator code) is shown as stored.

type Words = Text['admin']['detail']

const isoMoment = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/

function valueText(value: unknown, words: Words, language: Language): string {
  if (value === null || value === undefined) return '—'
  if (typeof value === 'boolean') return value ? words.yes : words.no
  if (typeof value === 'number') return formatNumber(value, language, 2)
  if (typeof value === 'string')
    return words.values[value] ?? (isoMoment.test(value) ? formatMoment(value, language) : value)
  if (Array.isArray(value))
    return value.length === 0 ? '—' : value.map((item) => valueText(item, words, language)).join(', ')
  if (typeof value === 'object') return `(${entriesText(value as Record<string, unknown>, words, language, ', ')})`
  return String(value)
}

function entriesText(detail: Record<string, unknown>, words: Words, language: Language, separator: string): string {
  return (
    Object.entries(detail)
      .filter(([, value]) => value !== undefined)
      // A year is a name, not an amount: "2025", never "2.025".
      .map(
        ([key, value]) =>
          `${words.keys[key] ?? key}: ${key === 'year' ? String(value) : valueText(value, words, language)}`,
      )
      .join(separator)
  )
}

/** "vai trò: Kế hoạch · bỏ qua: 0 · số phiên bản: 3" in Vietnamese, "roles: Planner · skipped: 0 · versions: 3" in English. */
export const auditDetailText = (detail: Record<string, unknown>, text: Text, language: Language) =>
  entriesText(detail, text.admin.detail, language, ' · ')
