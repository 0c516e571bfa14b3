import type { ImportChange, ImportPreview } from './api'

// Pure helpers for reviewing an import: which communes to colour on its map, which changes to
// list, and dates as planners read them.

export type ChangeKind = ImportChange['kind']
export const changeKinds: ChangeKind[] = ['changed', 'new', 'unchanged']

/** Changed: orange (look here first); new: blue; only unchanged values: grey. */
export const kindColours: Record<ChangeKind, string> = { changed: '#e66101', new: '#2c7bb6', unchanged: '#d9d9d9' }

/** The strongest kind among a commune's values: one changed value makes the commune "changed". */
function strongest(kinds: Set<ChangeKind>): ChangeKind {
  return changeKinds.find((kind) => kinds.has(kind)) ?? 'unchanged'
}

/** The colour of each 2025 commune in the batch (the map shows the 2025 list; 2021 rows stay in the tables). */
export function changedCommuneColours(changes: ImportChange[]): Map<string, string> {
  const kinds = new Map<string, Set<ChangeKind>>()
  for (const change of changes) {
    if (change.vintage !== '2025') continue
    const set = kinds.get(change.code) ?? new Set<ChangeKind>()
    set.add(change.kind)
    kinds.set(change.code, set)
  }
  return new Map([...kinds].map(([code, set]) => [code, kindColours[strongest(set)]]))
}

/** The changes of the chosen kinds, in file order. */
export const changesOfKinds = (preview: Pick<ImportPreview, 'changes'>, shown: ChangeKind[]) =>
  preview.changes.filter((change) => shown.includes(change.kind))

/**
 * Years a correction may be recorded for on a commune's list: the list of 2025 from 2025 to this
 * year; the 2008–2019 list for 2015–2019 (the server reads each year against its list).
 */
export function correctionYears(vintage: string, now = new Date()): number[] {
  if (vintage === '2019') return [2015, 2016, 2017, 2018, 2019]
  if (vintage === '2021') return [2021, 2022, 2023, 2024]
  const years: number[] = []
  for (let year = 2025; year <= Math.max(2025, now.getFullYear()); year += 1) years.push(year)
  return years
}
