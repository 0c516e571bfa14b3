import type { Message } from '../message'

// Numbers in the server's sentences, written as each language writes them (as web/format.ts does
// for the screens): "12,5 %" and "1.351" in Vietnamese, "12.5%" and "1,351" in English.

type Language = keyof Message
const locales: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' }

// Made once per language: a formatter is slow to make, and a layer's answer words many values.
const formatters = new Map<string, Intl.NumberFormat>()

export function numberIn(value: number, language: Language, digits = 2): string {
  const key = `${language}:${digits}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.NumberFormat(locales[language], { maximumFractionDigits: digits, signDisplay: 'negative' })
    formatters.set(key, formatter)
  }
  return formatter.format(value)
}

/** A value with its unit: percent, a count, or an amount in USD per person. */
export function amountIn(value: number, unit: string, language: Language): string {
  const number = numberIn(value, language)
  if (unit === 'percent') return language === 'vi' ? `${number}\u00a0%` : `${number}%`
  if (unit === 'usd_per_person')
    return language === 'vi' ? `${number} USD/người/năm` : `${number} USD per person per year`
  return number
}

/** A difference of two values: between percentages it is in percentage points ("điểm %"), not "%". */
export function differenceIn(value: number, unit: string, language: Language): string {
  if (unit !== 'percent') return amountIn(value, unit, language)
  return `${numberIn(value, language)} ${language === 'vi' ? 'điểm %' : 'percentage points'}`
}

/** The same sentence in both languages from one function of the language. */
export const both = (sentence: (language: Language) => string): Message => ({ vi: sentence('vi'), en: sentence('en') })
