// The portal's colours. Every list is ColorBrewer's (Cynthia Brewer, colorbrewer2.org, Apache
// licence 2.0), copied hex for hex from schemes that colorbrewer2.org marks colour-blind safe.
//
// One rule on every map: dark blue is good. Numbers use the sequential YlGnBu scheme, pale yellow
// (worse) to dark blue (better); where lower is better the same list is reversed, so the best
// communes are dark blue whichever way the indicator runs, and a met target is blue as well.
// Red–green schemes (RdYlGn) are avoided: they fail for the most common colour blindness.

type Better = 'higher' | 'lower'
type Rgba = [number, number, number, number]

/** ColorBrewer YlGnBu, 3 to 9 classes, light to dark. */
const yellowGreenBlue: Record<number, readonly string[]> = {
  3: ['#edf8b1', '#7fcdbb', '#2c7fb8'],
  4: ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'],
  5: ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
  6: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'],
  7: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'],
  8: ['#ffffd9', '#edf8b1', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'],
  9: ['#ffffd9', '#edf8b1', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#253494', '#081d58'],
}

/** ColorBrewer has no lists below 3 classes; when classes collapse, take the 3-class ends or middle. */
function lightToDark(classes: number): readonly string[] {
  if (!Number.isInteger(classes) || classes < 1 || classes > 9) {
    throw new RangeError(`Palettes have 1 to 9 classes, not ${classes}`)
  }
  const three = yellowGreenBlue[3]!
  if (classes === 1) return [three[1]!]
  if (classes === 2) return [three[0]!, three[2]!]
  return yellowGreenBlue[classes]!
}

/** Colours from class 0 (lowest values) to the top class; the better end is always dark blue. */
export function sequentialPalette(classes: number, better: Better): string[] {
  const colours = [...lightToDark(classes)]
  return better === 'higher' ? colours : colours.reverse()
}

/** Below / near / met: ColorBrewer RdYlBu, 3 classes; orange and blue stay apart in every colour blindness. */
export const targetPalette = ['#fc8d59', '#ffffbf', '#91bfdb'] as const

/**
 * Region statuses of the ethnic-minority and mountain area: ColorBrewer Oranges, 4 classes, with
 * region III (most disadvantaged) the strongest. Orange, not the good–bad blue scale: a status
 * marks where support goes and is not a score.
 */
export const regionColours = { none: '#feedde', I: '#fdbe85', II: '#fd8d3c', III: '#d94701' } as const

/**
 * Yes / no: the ends of ColorBrewer PuOr, 4 classes. Neither purple nor orange belongs to the
 * good–bad blue scale, because "yes" is good for some flags (road paved) and bad for others
 * (especially difficult village); both are strong enough to read as village points on any fill.
 */
export const flagColours = { yes: '#5e3c99', no: '#e66101' } as const

/**
 * The planner's disadvantage score, 5 classes from least to most disadvantaged: ColorBrewer YlOrRd,
 * pale yellow to dark red, so the communes that need support most are the darkest (issue 10 §5:
 * the good–bad blue scale made them the palest). Not blue: a score ranks need, it is not a target.
 */
export const disadvantagePalette = ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'] as const

/**
 * Capital allocated to each commune, 5 classes from least to most: ColorBrewer Purples, light to
 * dark. Not the good–bad blue scale nor the disadvantage reds: an amount is neither (issue 11 §2).
 */
export const amountPalette = ['#f2f0f7', '#cbc9e2', '#9e9ac8', '#756bb1', '#54278f'] as const

/**
 * What a second allocation gives a commune against the first, 5 classes from the largest loss to the
 * largest gain: ColorBrewer PuOr, orange for less, purple for more, a pale middle for no change.
 */
export const differencePalette = ['#e66101', '#fdb863', '#f7f7f7', '#b2abd2', '#5e3c99'] as const

/** No data: ColorBrewer Greys; a neutral grey that no palette above uses. */
export const noDataColour = '#bdbdbd'

/** "#rrggbb" to the [r, g, b, a] of 0–255 integers that deck.gl takes; `alpha` is 0–255 too. */
export function hexToRgba(hex: string, alpha = 255): Rgba {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex)
  if (!match) throw new RangeError(`Expected a colour as "#rrggbb", not "${hex}"`)
  // deck.gl's alpha is 0–255; an opacity like 0.5 here is a mistake, not a faint colour.
  if (!Number.isInteger(alpha) || alpha < 0 || alpha > 255)
    throw new RangeError(`Alpha must be a whole number 0–255, not ${alpha}`)
  return [Number.parseInt(match[1]!, 16), Number.parseInt(match[2]!, 16), Number.parseInt(match[3]!, 16), alpha]
}
