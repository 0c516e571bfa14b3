import { importYears, limits } from './limits'
import type { Message } from './problem'
import { vietnameseNumber } from './problem'
import type { Cell } from './sheet'

export type Value = number | 'I' | 'II' | 'III' | 'none' | boolean
export type Parsed<T> = { value: T } | { problem: Message }
export type IndicatorKind = { code: string; unit: string; valueType: 'number' | 'category' | 'flag' }

/** Whether a cell holds nothing (skipped: a template row the department left blank). */
export const isBlank = (cell: Cell) => cell === null || (typeof cell === 'string' && cell.trim() === '')

/**
 * Text a spreadsheet would run as a formula when the file is opened again (CSV injection, OWASP):
 * = + @, a tab or carriage return, or - not followed by a number. Refused rather than cleaned: the
 * department must say what they meant.
 */
export function looksLikeFormula(cell: Cell): boolean {
  if (typeof cell !== 'string') return false
  return /^[=+@\t\r]/.test(cell) || (/^-/.test(cell) && !/^-\s*\d/.test(cell))
}

/** Whether a cell is longer than any value, name or document may be: refused before it is read. */
export const isTooLong = (cell: Cell) => typeof cell === 'string' && cell.length > limits.cellCharacters

export const tooLongMessage = (length: number): Message => ({
  vi: `Ô dài ${length.toLocaleString('vi')} ký tự, quá giới hạn ${limits.cellCharacters.toLocaleString('vi')} ký tự một ô.`,
  en: `The cell is ${length.toLocaleString('en')} characters long, more than the limit of ${limits.cellCharacters.toLocaleString('en')} per cell.`,
})

export const formulaMessage = (text: string): Message => ({
  vi: `Ô "${text.slice(0, 40)}" trông như công thức bảng tính (bắt đầu bằng = + - @): hãy nhập giá trị, không nhập công thức.`,
  en: `The cell "${text.slice(0, 40)}" looks like a spreadsheet formula (starts with = + - @): enter the value, not a formula.`,
})

/** The same, for a source document given in a form or a correction (it travels into the exports). */
export const documentFormulaMessage = (text: string): Message => ({
  vi: `Văn bản nguồn "${text.slice(0, 40)}" trông như công thức bảng tính (bắt đầu bằng = + - @): hãy ghi số hiệu và ngày của văn bản.`,
  en: `The source document "${text.slice(0, 40)}" looks like a spreadsheet formula (starts with = + - @): give the document's number and date.`,
})

/**
 * A decimal number written either way: 12,5 (Vietnamese) or 12.5; a trailing % is allowed. No
 * pattern here may backtrack: `/\s*%$/` took 14 s over a 200 KB cell of spaces (issue #9).
 */
export function readNumber(cell: Cell): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined
  if (typeof cell !== 'string') return undefined
  const trimmed = cell.trim()
  const text = trimmed.endsWith('%') ? trimmed.slice(0, -1).trimEnd() : trimmed
  if (!/^-?\d+([.,]\d+)?$/.test(text)) return undefined
  return Number(text.replace(',', '.'))
}

const shown = (cell: Cell) => String(cell).slice(0, 40)

function numberValue(cell: Cell, kind: IndicatorKind): Parsed<number> {
  const number = readNumber(cell)
  if (number === undefined)
    return {
      problem: {
        vi: `"${shown(cell)}" không phải là số (ví dụ 12,5 hoặc 12.5).`,
        en: `"${shown(cell)}" is not a number (e.g. 12,5 or 12.5).`,
      },
    }
  if (kind.unit === 'percent' && (number < 0 || number > 100))
    return {
      problem: {
        vi: `${vietnameseNumber(number)} nằm ngoài khoảng 0–100 % của chỉ tiêu ${kind.code}.`,
        en: `${number} is outside 0–100 %, the range of ${kind.code}.`,
      },
    }
  if (kind.unit === 'count' && (number < 0 || !Number.isInteger(number)))
    return {
      problem: {
        vi: `${vietnameseNumber(number)} không hợp lệ: ${kind.code} là số đếm (số nguyên từ 0 trở lên).`,
        en: `${number} is not valid: ${kind.code} is a count (a whole number, 0 or more).`,
      },
    }
  if (number < 0)
    return {
      problem: { vi: `${vietnameseNumber(number)} không được âm.`, en: `${number} must not be negative.` },
    }
  return { value: number }
}

/** Folded for matching words: lower case, no tone or vowel marks, đ → d, single spaces. */
export const foldWords = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

const statuses: Record<string, 'I' | 'II' | 'III' | 'none'> = {
  i: 'I',
  ii: 'II',
  iii: 'III',
  '1': 'I',
  '2': 'II',
  '3': 'III',
}
const noStatus = new Set(['none', 'khong', 'khong thuoc', 'khong thuoc khu vuc'])

function statusValue(cell: Cell, kind: IndicatorKind): Parsed<'I' | 'II' | 'III' | 'none'> {
  const words = foldWords(String(cell)).replace(/^(khu vuc|kv)\s*/, '')
  const value = noStatus.has(words) ? 'none' : statuses[words]
  if (value) return { value }
  return {
    problem: {
      vi: `"${shown(cell)}" không phải khu vực hợp lệ của ${kind.code}: nhập I, II, III (hoặc "KV III", "Khu vực III") hay "none".`,
      en: `"${shown(cell)}" is not a valid area of ${kind.code}: enter I, II, III (or "KV III", "Khu vực III") or "none".`,
    },
  }
}

const yes = new Set(['co', 'yes', 'x', '1', 'true', 'dat'])
const no = new Set(['khong', 'no', '0', 'false', 'chua dat', 'khong dat'])

function flagValue(cell: Cell, kind: IndicatorKind): Parsed<boolean> {
  if (typeof cell === 'boolean') return { value: cell }
  const words = foldWords(String(cell))
  if (yes.has(words)) return { value: true }
  if (no.has(words)) return { value: false }
  return {
    problem: {
      vi: `"${shown(cell)}" không phải có/không của ${kind.code}: nhập có, không, yes, no, x, 1 hoặc 0.`,
      en: `"${shown(cell)}" is not a yes/no value of ${kind.code}: enter có, không, yes, no, x, 1 or 0.`,
    },
  }
}

/** The value of a cell as the indicator's type wants it, or what is wrong with it. */
export function parseValue(cell: Cell, kind: IndicatorKind): Parsed<Value> {
  if (kind.valueType === 'category') return statusValue(cell, kind)
  if (kind.valueType === 'flag') return flagValue(cell, kind)
  return numberValue(cell, kind)
}

/** A year between 2015 and 2030, written as a number or as text. */
export function parseYear(cell: Cell): Parsed<number> {
  const number = readNumber(cell)
  if (number !== undefined && Number.isInteger(number) && number >= importYears.first && number <= importYears.last)
    return { value: number }
  return {
    problem: {
      vi: `Năm "${shown(cell)}" không hợp lệ: nhận các năm từ ${importYears.first} đến ${importYears.last}.`,
      en: `The year "${shown(cell)}" is not valid: years ${importYears.first} to ${importYears.last} are accepted.`,
    },
  }
}

/**
 * A unit code as text. Excel turns 06184 typed in a cell into the number 6184: a 4-digit code gets
 * its leading zero back (commune codes have 5 digits, districts 3, the province 2).
 */
export function parseUnitCode(cell: Cell): Parsed<string> {
  const text = typeof cell === 'number' && Number.isInteger(cell) ? String(cell) : String(cell ?? '').trim()
  const code = /^[1-9]\d{3}$/.test(text) ? `0${text}` : text
  if (/^(\d{2}|\d{3}|\d{5})$/.test(code)) return { value: code }
  return {
    problem: {
      vi: `"${shown(cell)}" không phải mã đơn vị hành chính (5 chữ số, ví dụ 06184).`,
      en: `"${shown(cell)}" is not an administrative unit code (5 digits, e.g. 06184).`,
    },
  }
}
