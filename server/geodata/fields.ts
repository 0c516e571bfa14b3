import type { Feature } from 'geojson'
import { DataPackageError } from './package-error'
import type { CsvRow } from './read-files'

// Small readers for one field of a row or feature: each names the file, row and field it rejects.

export function csvText(file: string, row: CsvRow, field: string, { optional = false } = {}): string {
  const value = (row.fields[field] ?? '').normalize('NFC').trim()
  if (!value && !optional) throw new DataPackageError(file, `line ${row.line}`, field, 'empty')
  return value
}

export function csvCode(file: string, row: CsvRow, field: string, digits: number): string {
  const value = csvText(file, row, field)
  if (!new RegExp(`^[0-9]{${digits}}$`).test(value)) {
    throw new DataPackageError(file, `line ${row.line}`, field, `"${value}" is not a ${digits}-digit code`)
  }
  return value
}

export function csvNumber(file: string, row: CsvRow, field: string, { optional = false } = {}): number | null {
  const text = csvText(file, row, field, { optional })
  if (!text) return null
  const value = Number(text)
  if (!Number.isFinite(value)) throw new DataPackageError(file, `line ${row.line}`, field, `"${text}" is not a number`)
  return value
}

export function featureText(file: string, feature: Feature, index: number, field: string): string {
  const raw = feature.properties?.[field]
  const value = typeof raw === 'string' || typeof raw === 'number' ? String(raw).normalize('NFC').trim() : ''
  if (!value) throw new DataPackageError(file, `feature ${index + 1}`, field, 'missing')
  return value
}

export function featureCode(file: string, feature: Feature, index: number, field: string, digits: number): string {
  const value = featureText(file, feature, index, field)
  if (!new RegExp(`^[0-9]{${digits}}$`).test(value)) {
    throw new DataPackageError(file, `feature ${index + 1}`, field, `"${value}" is not a ${digits}-digit code`)
  }
  return value
}

/** Throws when a key repeats: codes must be unique within their vintage. */
export function requireUnique<T>(
  file: string,
  items: T[],
  key: (item: T) => string,
  where: (index: number) => string,
  field: string,
) {
  const seen = new Map<string, number>()
  items.forEach((item, index) => {
    const value = key(item)
    const first = seen.get(value)
    if (first !== undefined) {
      throw new DataPackageError(file, where(index), field, `"${value}" repeats ${where(first)}`)
    }
    seen.set(value, index)
  })
}

export function requireCount(file: string, actual: number, expected: number, what: string) {
  if (actual !== expected) {
    throw new DataPackageError(file, undefined, undefined, `expected ${expected} ${what}, found ${actual}`)
  }
}
