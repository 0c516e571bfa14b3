// Deterministic randomness for the sample generator: the same keys always give the same numbers,
// on every machine, so the sample data is reproducible and reviewable.

/** FNV-1a hash of the keys, as a 32-bit seed. */
function hash(keys: readonly (string | number)[]): number {
  let value = 0x811c9dc5
  for (const character of keys.join('\u0000')) {
    value ^= character.codePointAt(0)!
    value = Math.imul(value, 0x01000193) >>> 0
  }
  return value
}

/** A uniform [0, 1) generator (mulberry32) seeded by the keys. */
export function seeded(...keys: (string | number)[]): () => number {
  let state = hash(keys)
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A standard normal draw (Box–Muller) for the keys. */
export function normal(...keys: (string | number)[]): number {
  const random = seeded(...keys)
  const u = Math.max(random(), Number.EPSILON)
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random())
}

/** Ranks scores to [0, 1]: 0 for the lowest, 1 for the highest; ties broken by the given order. */
export function rankScores(scores: number[]): number[] {
  const order = scores.map((score, index) => ({ score, index })).sort((a, b) => a.score - b.score || a.index - b.index)
  const ranks = new Array<number>(scores.length)
  order.forEach((item, position) => {
    ranks[item.index] = scores.length > 1 ? position / (scores.length - 1) : 0.5
  })
  return ranks
}
