import type { Ranking } from './api'
import type { Choropleth, LegendClass } from './choropleth'
import { disadvantagePalette, noDataColour } from './palette'

// The planner's disadvantage index on the map, and the presets for common questions. Pure.

/** Infrastructure only; social only. The headline preset is the catalogue's own (see `presetWeights`). */
const listedPresets = {
  infrastructure: [
    'commune_road_paved',
    'village_road_hardened',
    'clean_water',
    'grid_electricity',
    'temporary_houses',
    'solid_classrooms',
  ],
  social: [
    'poverty_rate',
    'literacy',
    'health_insurance',
    'antenatal_care',
    'stunting_under5',
    'trained_labour',
    'tv_radio',
  ],
} as const

export const presets = ['headline', 'infrastructure', 'social'] as const
export type Preset = (typeof presets)[number]

/**
 * Equal weights for a preset. "Headline" is every indicator the catalogue marks as headline
 * (geodata/indicators.csv, `headline`), so the preset and the picker's "headline" group never differ.
 */
export function presetWeights(preset: Preset, catalogue: { code: string; headline: number | null }[]) {
  const codes =
    preset === 'headline'
      ? catalogue.filter((indicator) => indicator.headline !== null).map((indicator) => indicator.code)
      : listedPresets[preset]
  return Object.fromEntries(codes.map((code) => [code, 1]))
}

/** Five classes of the score (0–100, higher = more disadvantaged), darker = worse; unranked grey. */
export function rankingChoropleth(ranking: Ranking): Choropleth {
  const palette = disadvantagePalette
  const limits = [0, 20, 40, 60, 80, 100]
  const ranked = ranking.items.filter((item) => item.score !== null)
  const classes: LegendClass[] = limits.slice(0, -1).map((lower, index) => ({
    key: `score-${index}`,
    colour: palette[index]!,
    lower,
    upper: limits[index + 1]!,
    codes: ranked
      .filter(
        (item) => item.score! >= lower && (item.score! < limits[index + 1]! || (index === 4 && item.score! <= 100)),
      )
      .map((item) => item.code),
  }))
  return {
    kind: 'numeric',
    classification: 'equal',
    classes,
    noData: ranking.items.filter((item) => item.score === null).map((item) => item.code),
    colours: new Map(classes.flatMap((item) => item.codes.map((code) => [code, item.colour] as const))),
    breaks: limits,
    unit: 'score',
    target: null,
    fallback: null,
  }
}

/** The N most disadvantaged communes (ties at the Nth rank included). */
export function topCodes(ranking: Ranking, count: number): string[] {
  return ranking.items.filter((item) => item.rank !== null && item.rank <= count).map((item) => item.code)
}

export { noDataColour }

// Okabe–Ito, a qualitative palette safe for colour-blind readers, for each weighted indicator's
// share of the score.
const qualitative = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#000000']
export const contributionColour = (index: number) => qualitative[index % qualitative.length]!
