// Classes for the choropleth: the break points of each method, and the class a value falls into.
// Pure, so the map, the legend and the table all classify a commune the same way.
//
// Breaks run from the minimum to the maximum; a class holds `lower <= value < upper`, the last one
// also its upper break. Quantile and Jenks breaks sit midway between two adjacent distinct values:
// anywhere in that gap the classes have the same members, but midway, tied values never straddle a
// break, a class of tied maximum values needs no second maximum, and two breaks in one gap (an
// empty class between them) fall together, so breaks always increase strictly.

export type Classification = 'quantile' | 'jenks' | 'equal' | 'target'
export type BreakMethod = Exclude<Classification, 'target'>

/** One class of a numeric legend: `lower <= value < upper`; the last class also holds `upper`. */
export type NumericClass = { index: number; lower: number; upper: number; label?: 'below' | 'near' | 'met' }

export type Classified = {
  breaks: number[]
  classOf: (value: number | null) => number | null
  counts: number[]
  noData: number
}

function checkClassCount(classes: number) {
  if (!Number.isInteger(classes) || classes < 1)
    throw new RangeError(`The number of classes must be a whole number of at least 1, not ${classes}`)
}

const sortedFinite = (values: number[]) => values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b)

/** The distinct values of sorted data, each with how often it occurs. */
function distinctOf(sorted: number[]) {
  const distinct: number[] = []
  const weights: number[] = []
  for (const value of sorted) {
    if (distinct.at(-1) === value) {
      weights[weights.length - 1]! += 1
    } else {
      distinct.push(value)
      weights.push(1)
    }
  }
  return { distinct, weights }
}

/** Breaks from the minimum to the maximum, cut midway into the gap before each distinct value given by index. */
function breaksBefore(distinct: number[], upperStarts: number[]): number[] {
  if (distinct.length === 0) return []
  const middles = [...new Set(upperStarts)]
    .sort((a, b) => a - b)
    .map((index) => (distinct[index - 1]! + distinct[index]!) / 2)
  return [distinct[0]!, ...middles, distinct.at(-1)!]
}

const everyGap = (distinct: number[]) => distinct.map((_, index) => index).slice(1)

/**
 * Equal-count classes: the i-th of k inner breaks goes to the gap between distinct values with the
 * number of values below it closest to i·n/k. Unlike an interpolated quantile, a break never lands
 * on tied values, so many tied zeros (a count most communes have none of) keep a class of their own.
 */
export function quantileBreaks(values: number[], classes: number): number[] {
  checkClassCount(classes)
  const { distinct, weights } = distinctOf(sortedFinite(values))
  if (distinct.length <= classes) return breaksBefore(distinct, everyGap(distinct))
  const below = weights.map((_, index) => weights.slice(0, index).reduce((total, weight) => total + weight, 0))
  const total = below.at(-1)! + weights.at(-1)!
  const nearest = (wanted: number) =>
    everyGap(distinct).reduce((best, index) =>
      Math.abs(below[index]! - wanted) < Math.abs(below[best]! - wanted) ? index : best,
    )
  return breaksBefore(
    distinct,
    Array.from({ length: classes - 1 }, (_, index) => nearest((total * (index + 1)) / classes)),
  )
}

/**
 * Fisher's (1958) optimal partition of sorted values into `classes` runs with the least total
 * within-class sum of squared deviations, by dynamic programming over the distinct values weighted
 * by their counts (so ties never straddle a break): what Jenks's natural breaks and Ckmeans compute.
 */
function fisherClassStarts(distinct: number[], weights: number[], classes: number): number[] {
  // Centred on a middle value, the sums of squares stay small enough not to lose precision.
  const centre = distinct[Math.floor(distinct.length / 2)]!
  const count = [0]
  const sum = [0]
  const squares = [0]
  distinct.forEach((value, index) => {
    const weight = weights[index]!
    const centred = value - centre
    count.push(count[index]! + weight)
    sum.push(sum[index]! + weight * centred)
    squares.push(squares[index]! + weight * centred * centred)
  })
  const deviation = (first: number, last: number) => {
    const total = sum[last + 1]! - sum[first]!
    return squares[last + 1]! - squares[first]! - (total * total) / (count[last + 1]! - count[first]!)
  }
  let cost = distinct.map((_, last) => deviation(0, last))
  const starts: number[][] = []
  for (let used = 1; used < classes; used++) {
    const next = distinct.map(() => Number.POSITIVE_INFINITY)
    const start = distinct.map(() => 0)
    for (let last = used; last < distinct.length; last++) {
      for (let first = used; first <= last; first++) {
        const total = cost[first - 1]! + deviation(first, last)
        if (total < next[last]!) [next[last], start[last]] = [total, first]
      }
    }
    starts.push(start)
    cost = next
  }
  const firsts: number[] = []
  for (let last = distinct.length - 1, used = classes - 1; used > 0; used--) {
    const first = starts[used - 1]![last]!
    firsts.unshift(first)
    last = first - 1
  }
  return firsts
}

export function jenksBreaks(values: number[], classes: number): number[] {
  checkClassCount(classes)
  const { distinct, weights } = distinctOf(sortedFinite(values))
  if (distinct.length <= classes) return breaksBefore(distinct, everyGap(distinct))
  return breaksBefore(distinct, fisherClassStarts(distinct, weights, classes))
}

export function equalIntervalBreaks(values: number[], classes: number): number[] {
  checkClassCount(classes)
  const sorted = sortedFinite(values)
  if (sorted.length === 0) return []
  const [minimum, maximum] = [sorted[0]!, sorted.at(-1)!]
  if (minimum === maximum) return [minimum, maximum]
  return Array.from({ length: classes + 1 }, (_, index) =>
    index === classes ? maximum : minimum + ((maximum - minimum) * index) / classes,
  )
}

/**
 * The class of `value` for breaks made above. A value outside the breaks (breaks held from another
 * year) joins the nearest end class, so a commune with data never looks like one without.
 */
export function classIndex(value: number, breaks: number[]): number {
  if (breaks.length < 2) throw new RangeError(`Classes need at least two breaks, not ${breaks.length}`)
  const last = breaks.length - 2
  for (let index = 1; index <= last; index++) if (value < breaks[index]!) return index - 1
  return last
}

const breakMethods: Record<BreakMethod, (values: number[], classes: number) => number[]> = {
  quantile: quantileBreaks,
  jenks: jenksBreaks,
  equal: equalIntervalBreaks,
}

/** Breaks, a classifier and the commune count per class; `options.breaks` holds breaks across years. */
export function classify(
  values: (number | null)[],
  method: BreakMethod,
  classes: number,
  options: { breaks?: number[] | null } = {},
): Classified {
  const known = values.filter((value): value is number => value !== null && Number.isFinite(value))
  const breaks = options.breaks ?? breakMethods[method](known, classes)
  const classOf = (value: number | null) =>
    value === null || !Number.isFinite(value) || breaks.length < 2 ? null : classIndex(value, breaks)
  const counts = Array.from({ length: Math.max(0, breaks.length - 1) }, () => 0)
  for (const value of known) {
    const index = classOf(value)
    if (index !== null) counts[index] = (counts[index] ?? 0) + 1
  }
  return { breaks, classOf, counts, noData: values.length - known.length }
}
