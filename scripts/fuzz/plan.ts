import { seeded } from '../../server/sample/random'
import type { FuzzCase } from './cases'
import { type Envelope, envelope } from './envelope'

// Which requests a run sends, from its seed alone: every route as every role in turn (so that even
// a short run reaches them all), each pair's cases in a seeded order, each request in a seeded
// envelope. The same seed and count give the same requests. Pure.

export type Planned = {
  route: string
  role: string
  item: FuzzCase
  /** Its envelope around the caller's session token; call it once, before the next request is planned. */
  wrap: (token: string | undefined) => Envelope
}

/** A seeded permutation of 0..length-1 (Fisher–Yates). */
function shuffled(length: number, random: () => number): number[] {
  const order = Array.from({ length }, (_, index) => index)
  for (let index = length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1))
    ;[order[index], order[other]] = [order[other]!, order[index]!]
  }
  return order
}

/**
 * The `count` requests of a run: route × role pairs in a seeded order, round after round; in round
 * r a pair sends the r-th case of its own seeded order (wrapping when it has fewer).
 */
export function* plan(options: {
  seed: string
  count: number
  routes: string[]
  roles: string[]
  casesOf: (route: string) => FuzzCase[]
}): Generator<Planned> {
  const pairs = options.routes.flatMap((route) => options.roles.map((role) => ({ route, role })))
  const pairOrder = shuffled(pairs.length, seeded(options.seed, 'pairs'))
  const caseOrders = new Map<string, number[]>()
  const wrapping = seeded(options.seed, 'envelopes')
  for (let index = 0; index < options.count; index += 1) {
    const { route, role } = pairs[pairOrder[index % pairs.length]!]!
    const cases = options.casesOf(route)
    const key = `${route} ${role}`
    if (!caseOrders.has(key)) caseOrders.set(key, shuffled(cases.length, seeded(options.seed, key)))
    const order = caseOrders.get(key)!
    const round = Math.floor(index / pairs.length)
    yield {
      route,
      role,
      item: cases[order[round % order.length]!]!,
      wrap: (token: string | undefined) => envelope(wrapping, token),
    }
  }
}
