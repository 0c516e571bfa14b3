import type { Provenance } from '../sql/indicator-values'

// Weakest first: a figure computed from any sample input is itself sample data.
const strength: Provenance[] = ['sample', 'imported', 'official']

/** The weakest provenance among the inputs of a figure; null without inputs. */
export function weakestProvenance(list: (Provenance | null)[]): Provenance | null {
  const known = list.filter((item): item is Provenance => item !== null)
  if (known.length === 0) return null
  return strength[Math.min(...known.map((item) => strength.indexOf(item)))]!
}
