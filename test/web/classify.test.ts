import { describe, expect, test } from 'vitest'
import { classIndex, classify, equalIntervalBreaks, jenksBreaks, quantileBreaks } from '../../web/classify'

const oneToTen = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
const threeClusters = [1, 2, 3, 10, 11, 12, 20, 21, 22]

/** Within-class sum of squared deviations of sorted values cut before each index in `cuts`. */
function withinClassDeviation(sorted: number[], cuts: number[]) {
  const bounds = [0, ...cuts, sorted.length]
  return bounds.slice(0, -1).reduce((total, start, index) => {
    const members = sorted.slice(start, bounds[index + 1])
    const mean = members.reduce((sum, value) => sum + value, 0) / members.length
    return total + members.reduce((sum, value) => sum + (value - mean) ** 2, 0)
  }, 0)
}

describe('quantileBreaks', () => {
  test('puts two of 1..10 in each of 5 classes, breaking midway between neighbours', () => {
    expect(quantileBreaks(oneToTen, 5)).toEqual([1, 2.5, 4.5, 6.5, 8.5, 10])
  })

  test('does not depend on the order of the values', () => {
    expect(quantileBreaks([...oneToTen].reverse(), 5)).toEqual(quantileBreaks(oneToTen, 5))
  })

  test('gives one class per value when there are fewer distinct values than classes', () => {
    expect(quantileBreaks([4, 4, 7, 7, 7, 9], 5)).toEqual([4, 5.5, 8, 9])
  })

  test('keeps a top class of tied maximum values apart with strictly increasing breaks', () => {
    expect(quantileBreaks([1, 2, 3, 10, 10, 10, 10, 10, 10, 10], 3)).toEqual([1, 6.5, 10])
  })

  test('keeps a bottom class of tied zeros apart instead of merging it upwards', () => {
    expect(quantileBreaks([0, 0, 0, 0, 0, 0, 0, 1, 2, 3], 3)).toEqual([0, 0.5, 3])
  })

  test('puts each break where the count below it is nearest an equal share', () => {
    // 12 values in 3 classes: 4 below the first break, 8 below the second.
    expect(quantileBreaks([1, 1, 1, 2, 3, 3, 3, 3, 4, 5, 6, 9], 3)).toEqual([1, 2.5, 3.5, 9])
  })

  test('answers a single value with one class from it to itself', () => {
    expect(quantileBreaks([7, 7, 7], 5)).toEqual([7, 7])
  })

  test('answers no breaks for no values', () => {
    expect(quantileBreaks([], 5)).toEqual([])
  })

  test('refuses a class count below one', () => {
    expect(() => quantileBreaks(oneToTen, 0)).toThrow(RangeError)
  })
})

describe('jenksBreaks', () => {
  test('splits three clusters at the two gaps', () => {
    expect(jenksBreaks(threeClusters, 3)).toEqual([1, 6.5, 16, 22])
  })

  test('gives an outlier a class of its own where quantiles would split at the median', () => {
    expect(jenksBreaks([1, 2, 3, 4, 5, 6, 7, 8, 100], 2)).toEqual([1, 54, 100])
  })

  test('finds the split with the least within-class squared deviation', () => {
    const sorted = [0, 0, 0, 2, 2, 6, 10, 12, 14, 14]
    const breaks = jenksBreaks(sorted, 3)
    const cuts = breaks.slice(1, -1).map((limit) => sorted.findIndex((value) => value >= limit))
    let best = Number.POSITIVE_INFINITY
    for (let first = 1; first < sorted.length - 1; first++) {
      for (let second = first + 1; second < sorted.length; second++) {
        best = Math.min(best, withinClassDeviation(sorted, [first, second]))
      }
    }
    expect(withinClassDeviation(sorted, cuts)).toBeCloseTo(best, 9)
  })

  test('weighs tied values by how often they occur', () => {
    // Each value once, the best split would be [0, 4, 8, 14]; the tied 0s, 2s and 14s move it.
    expect(jenksBreaks([0, 0, 0, 2, 2, 6, 10, 12, 14, 14], 3)).toEqual([0, 4, 11, 14])
  })

  test('gives one class per value when there are fewer distinct values than classes', () => {
    expect(jenksBreaks([2, 2, 5, 5, 5], 5)).toEqual([2, 3.5, 5])
  })
})

describe('equalIntervalBreaks', () => {
  test('cuts 0..100 into five classes 20 wide', () => {
    expect(equalIntervalBreaks([0, 100], 5)).toEqual([0, 20, 40, 60, 80, 100])
  })

  test('spans the values from minimum to maximum whatever their order', () => {
    expect(equalIntervalBreaks([30, 10, 20], 2)).toEqual([10, 20, 30])
  })

  test('ends exactly at the maximum despite floating-point steps', () => {
    // 0.3 + (1.7 - 0.3) * 3 / 3 computes to 1.6999999999999997; the maximum itself must be in the last class.
    expect(equalIntervalBreaks([0.3, 1.7], 3).at(-1)).toBe(1.7)
  })

  test('answers a single value with one class from it to itself', () => {
    expect(equalIntervalBreaks([5, 5], 4)).toEqual([5, 5])
  })
})

describe('classIndex', () => {
  const breaks = [0, 10, 20]

  test('puts a value equal to an inner break in the class above it', () => {
    expect(classIndex(10, breaks)).toBe(1)
  })

  test('puts a value just under an inner break in the class below it', () => {
    expect(classIndex(9.99, breaks)).toBe(0)
  })

  test('includes the maximum in the last class', () => {
    expect(classIndex(20, breaks)).toBe(1)
  })

  test('puts values outside the breaks in the nearest end class', () => {
    expect([classIndex(-5, breaks), classIndex(25, breaks)]).toEqual([0, 1])
  })

  test('refuses breaks that make no class', () => {
    expect(() => classIndex(1, [1])).toThrow(RangeError)
  })
})

describe('classify', () => {
  test('counts the values in each class', () => {
    expect(classify(oneToTen, 'quantile', 5).counts).toEqual([2, 2, 2, 2, 2])
  })

  test('counts the missing values as no data and leaves them out of the classes', () => {
    const result = classify([1, null, 2, 3, null, 10, 11, 12, 20, 21, 22], 'jenks', 3)
    expect({ counts: result.counts, noData: result.noData }).toEqual({ counts: [3, 3, 3], noData: 2 })
  })

  test('classifies a missing value as null', () => {
    expect(classify(threeClusters, 'jenks', 3).classOf(null)).toBeNull()
  })

  test('classifies by the given breaks rather than computing new ones', () => {
    const result = classify([5, 15, 25, 35], 'equal', 5, { breaks: [0, 10, 40] })
    expect({ breaks: result.breaks, counts: result.counts }).toEqual({ breaks: [0, 10, 40], counts: [1, 3] })
  })

  test('uses the chosen method', () => {
    expect(classify([0, 1, 2, 100], 'equal', 2).counts).toEqual([3, 1])
  })

  test('answers no classes, and null for any value, when every value is missing', () => {
    const result = classify([null, null], 'quantile', 5)
    expect({ counts: result.counts, noData: result.noData, seven: result.classOf(7) }).toEqual({
      counts: [],
      noData: 2,
      seven: null,
    })
  })
})
