import type { AllocationItem } from './allocate'

// Two scenarios side by side (issue 11 §2): per commune the amounts, scores and classes of each and
// what the second gives more (or less) than the first; the web shows this answer as it is.

type Side = { id: string; name: string; total: number; items: AllocationItem[] }

export function compareScenarios(first: Side, second: Side) {
  const other = new Map(second.items.map((item) => [item.code, item]))
  const rows = first.items.map((item) => {
    const next = other.get(item.code)
    return {
      code: item.code,
      name: item.name,
      first: { class: item.class, score: item.score, share: item.share, amount: item.amount },
      second: next ? { class: next.class, score: next.score, share: next.share, amount: next.amount } : null,
      difference: (next?.amount ?? 0) - item.amount,
      shareDifference: Math.round(((next?.share ?? 0) - item.share) * 1e6) / 1e6,
    }
  })
  return {
    first: { id: first.id, name: first.name, total: first.total },
    second: { id: second.id, name: second.name, total: second.total },
    rows,
    totals: {
      difference: second.total - first.total,
      changed: rows.filter((row) => row.difference !== 0).length,
      largestGain: Math.max(0, ...rows.map((row) => row.difference)),
      largestLoss: Math.min(0, ...rows.map((row) => row.difference)),
    },
  }
}

export type ScenarioComparison = ReturnType<typeof compareScenarios>
