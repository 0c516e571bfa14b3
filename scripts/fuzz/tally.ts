import type { FuzzKind } from './cases'

// The count of a run: answers per status class and status, requests per kind of malformation, and
// the first examples of every problem found. Pure.

export type Tally = {
  requests: number
  byClass: Record<string, number>
  byStatus: Record<string, number>
  byKind: Partial<Record<FuzzKind, number>>
  problems: number
  examples: Map<string, string[]>
}

export const emptyTally = (): Tally => ({
  requests: 0,
  byClass: { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 },
  byStatus: {},
  byKind: {},
  problems: 0,
  examples: new Map(),
})

/** Counts one answer; `problems` are what is wrong with it, `where` says which request it was. */
export function count(tally: Tally, status: number, kinds: FuzzKind[], problems: string[], where: string): void {
  tally.requests += 1
  const statusClass = `${Math.floor(status / 100)}xx`
  tally.byClass[statusClass] = (tally.byClass[statusClass] ?? 0) + 1
  tally.byStatus[status] = (tally.byStatus[status] ?? 0) + 1
  for (const kind of new Set(kinds)) tally.byKind[kind] = (tally.byKind[kind] ?? 0) + 1
  if (problems.length > 0) tally.problems += 1
  for (const problem of problems) {
    const key = problem.slice(0, 160)
    const list = tally.examples.get(key) ?? []
    if (list.length < 5) list.push(where)
    tally.examples.set(key, list)
  }
}

const number = (value: number) => value.toLocaleString('en-GB')

/** The run's summary, as printed and pasted into the README. */
export function summary(tally: Tally): string[] {
  const width = Math.max(...Object.values(tally.byClass).map((value) => number(value).length))
  return [
    ...Object.entries(tally.byClass).map(([name, value]) => `  ${name}  ${number(value).padStart(width)}`),
    `  by status: ${Object.entries(tally.byStatus)
      .map(([status, value]) => `${status} ${number(value)}`)
      .join(' · ')}`,
    `  by kind: ${Object.entries(tally.byKind)
      .map(([kind, value]) => `${kind} ${number(value)}`)
      .join(' · ')}`,
    `  answers ≥ 500, with a stack trace or SQL, or refusals not { error }: ${number(tally.problems)}`,
    ...[...tally.examples].map(([problem, where]) => `    ${problem} ← ${where.join(' | ')}`),
  ]
}
