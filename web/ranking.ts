import type { Ranking } from './api'
import type { Choropleth, LegendClass } from './choropleth'
import { noDataColour, sequentialPalette } from './palette'

// The planner's disadvantage index on the map, and the presets for common questions. Pure.

/** The four headline indicators with equal weights; infrastructure only; social only. */
export const presets = {
  headline: { especially_difficult_commune: 1, village_road_hardened: 1, cultural_house: 1, forest_cover: 1 },
  infrastructure: {
    commune_road_paved: 1,
    village_road_hardened: 1,
    clean_water: 1,
    grid_electricity: 1,
    temporary_houses: 1,
    solid_classrooms: 1,
  },
  social: {
    poverty_rate: 1,
    literacy: 1,
    health_insurance: 1,
    antenatal_care: 1,
    stunting_under5: 1,
    trained_labour: 1,
    tv_radio: 1,
  },
} as const satisfies Record<string, Record<string, number>>

export type Preset = keyof typeof presets

/** Five classes of the score (0–100, higher = more disadvantaged), darker = worse; unranked grey. */
export function rankingChoropleth(ranking: Ranking): Choropleth {
  const palette = sequentialPalette(5, 'lower')
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
