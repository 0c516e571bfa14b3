import { createContext, useContext } from 'react'
import type { Language } from '../format'
import { en } from './en'
import { vi } from './vi'

export type Text = typeof vi

const texts: Record<Language, Text> = { vi, en }

export const textFor = (language: Language): Text => texts[language]

export const LanguageContext = createContext<Language>('vi')

/** The strings of the current language, and the language itself (for number formatting). */
export function useText(): { text: Text; language: Language } {
  const language = useContext(LanguageContext)
  return { text: texts[language], language }
}

/** The catalogue's own name of an indicator (or department) in the current language. */
export const indicatorName = (indicator: { nameVi: string; nameEn: string }, language: Language) =>
  language === 'vi' ? indicator.nameVi : indicator.nameEn
