import type { Value } from './cell-values'

// What a batch would change (or changed) as the planner reviews it: per value its "before" (what
// the public sees, or saw, for that unit, indicator and year) and "after", and counts by kind.

export type Before = { value: Value; provenance: string | null; method: string | null } | null
export type Kind = 'new' | 'changed' | 'unchanged'
export type Change = {
  row: number
  sheet: string | null
  indicator: string
  code: string
  name: string
  vintage: string
  year: number
  before: Before
  after: Value
  kind: Kind
  document: string
}
export type Counts = { new: number; changed: number; unchanged: number }

/**
 * new: the public sees no value now; unchanged: it sees the same value, official or imported
 * already; changed: anything else, including the same value when it is a sample (publishing turns
 * it into an official figure: the sample banner must go).
 */
export function kindOf(before: Before, after: Value): Kind {
  if (!before || before.value === null) return 'new'
  const same = before.value === after
  return same && (before.provenance === 'official' || before.provenance === 'imported') ? 'unchanged' : 'changed'
}

const emptyCounts = (): Counts => ({ new: 0, changed: 0, unchanged: 0 })

/** Counts over all values, per indicator (in order of appearance) and per unit (by code). */
export function summarise(changes: Change[]) {
  const byIndicator = new Map<string, Counts>()
  const byUnit = new Map<string, { code: string; name: string; vintage: string } & Counts>()
  const total = emptyCounts()
  for (const change of changes) {
    const indicator = byIndicator.get(change.indicator) ?? emptyCounts()
    const unitKey = `${change.vintage}:${change.code}`
    const unit = byUnit.get(unitKey) ?? {
      code: change.code,
      name: change.name,
      vintage: change.vintage,
      ...emptyCounts(),
    }
    for (const counts of [indicator, unit, total]) counts[change.kind] += 1
    byIndicator.set(change.indicator, indicator)
    byUnit.set(unitKey, unit)
  }
  return {
    summary: { rows: changes.length, ...total },
    byIndicator: [...byIndicator].map(([indicator, counts]) => ({ indicator, ...counts })),
    byUnit: [...byUnit.values()].sort((a, b) => a.vintage.localeCompare(b.vintage) || a.code.localeCompare(b.code)),
  }
}

/** The stored value columns of a row as one value. */
export const storedValue = (row: {
  valueNumber: number | null
  valueCategory: string | null
  valueFlag: boolean | null
}) => (row.valueNumber ?? row.valueCategory ?? row.valueFlag) as Value

/** One value as the three stored value columns (the reverse of storedValue). */
export const valueColumns = (value: Value) => ({
  valueNumber: typeof value === 'number' ? value : null,
  valueCategory: typeof value === 'string' ? value : null,
  valueFlag: typeof value === 'boolean' ? value : null,
})
