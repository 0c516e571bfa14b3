import { describe, expect, test } from 'vitest'
import {
  flagColours,
  hexToRgba,
  noDataColour,
  regionColours,
  sequentialPalette,
  targetPalette,
} from '../../web/palette'

const classCounts = [1, 2, 3, 4, 5, 6, 7, 8, 9]

/** Hue in degrees of a "#rrggbb" colour. */
function hueOf(hex: string) {
  const [red, green, blue] = hexToRgba(hex).map((channel) => channel / 255) as [number, number, number]
  const maximum = Math.max(red, green, blue)
  const range = maximum - Math.min(red, green, blue)
  if (range === 0) return Number.NaN
  const sector =
    maximum === red ? (green - blue) / range : maximum === green ? (blue - red) / range + 2 : (red - green) / range + 4
  return (sector * 60 + 360) % 360
}

/** Relative luminance (WCAG 2), 0 for black to 1 for white. */
function luminanceOf(hex: string) {
  const linear = hexToRgba(hex)
    .slice(0, 3)
    .map((channel) => channel / 255)
    .map((value) => (value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4))
  return 0.2126 * linear[0]! + 0.7152 * linear[1]! + 0.0722 * linear[2]!
}

describe('sequentialPalette', () => {
  test('is ColorBrewer YlGnBu for 5 classes when higher is better', () => {
    expect(sequentialPalette(5, 'higher')).toEqual(['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'])
  })

  test('has as many colours as classes, 1 to 9', () => {
    expect(classCounts.map((classes) => sequentialPalette(classes, 'higher').length)).toEqual(classCounts)
  })

  test('is the same list reversed when lower is better', () => {
    for (const classes of classCounts) {
      expect(sequentialPalette(classes, 'lower')).toEqual(sequentialPalette(classes, 'higher').reverse())
    }
  })

  test('gives the better end the darkest colour whichever way the indicator runs', () => {
    for (const classes of classCounts.slice(1)) {
      const higher = sequentialPalette(classes, 'higher').map(luminanceOf)
      const lower = sequentialPalette(classes, 'lower').map(luminanceOf)
      expect(Math.min(...higher)).toBe(higher.at(-1))
      expect(Math.min(...lower)).toBe(lower[0])
    }
  })

  test('runs steadily from light to dark when higher is better', () => {
    for (const classes of classCounts) {
      const luminances = sequentialPalette(classes, 'higher').map(luminanceOf)
      expect(luminances).toEqual([...luminances].sort((a, b) => b - a))
    }
  })

  test('refuses class counts it has no colours for', () => {
    for (const classes of [0, 10, 2.5]) expect(() => sequentialPalette(classes, 'higher')).toThrow(RangeError)
  })
})

describe('fixed colours', () => {
  test('every colour is a 6-digit hex colour', () => {
    const colours = [
      ...classCounts.flatMap((classes) => [
        ...sequentialPalette(classes, 'higher'),
        ...sequentialPalette(classes, 'lower'),
      ]),
      ...targetPalette,
      ...Object.values(regionColours),
      ...Object.values(flagColours),
      noDataColour,
    ]
    expect(colours.filter((colour) => !/^#[0-9a-f]{6}$/.test(colour))).toEqual([])
  })

  test('colours "met" in the blue of the sequential palettes\' good end', () => {
    const met = hueOf(targetPalette[2])
    const good = hueOf(sequentialPalette(5, 'higher').at(-1)!)
    expect({ metIsBlue: met > 190 && met < 240, goodIsBlue: good > 190 && good < 240 }).toEqual({
      metIsBlue: true,
      goodIsBlue: true,
    })
  })

  test('colours "below" in a warm hue, away from the blue of "met"', () => {
    expect(hueOf(targetPalette[0])).toBeLessThan(60)
  })

  test('darkens the region colours from outside the area to region III', () => {
    const luminances = [regionColours.none, regionColours.I, regionColours.II, regionColours.III].map(luminanceOf)
    expect(luminances).toEqual([...luminances].sort((a, b) => b - a))
  })

  test('keeps no data a neutral grey that no palette uses', () => {
    const [red, green, blue] = hexToRgba(noDataColour)
    const used = classCounts.flatMap((classes) => sequentialPalette(classes, 'higher'))
    expect({ grey: red === green && green === blue, used: used.includes(noDataColour) }).toEqual({
      grey: true,
      used: false,
    })
  })

  test('tells yes from no by hue', () => {
    expect(Math.abs(hueOf(flagColours.yes) - hueOf(flagColours.no))).toBeGreaterThan(90)
  })
})

describe('hexToRgba', () => {
  test('reads the channels as 0–255 integers, opaque by default', () => {
    expect(hexToRgba('#2c7fb8')).toEqual([44, 127, 184, 255])
  })

  test('reads upper-case hex digits', () => {
    expect(hexToRgba('#FFFFCC')).toEqual([255, 255, 204, 255])
  })

  test('takes the alpha given', () => {
    expect(hexToRgba('#000000', 128)).toEqual([0, 0, 0, 128])
  })

  test('refuses a colour that is not "#rrggbb"', () => {
    expect(() => hexToRgba('#fff')).toThrow(RangeError)
  })

  test('refuses an opacity in place of a 0–255 alpha', () => {
    expect(() => hexToRgba('#ffffff', 0.5)).toThrow(RangeError)
  })
})
