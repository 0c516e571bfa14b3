import { normal, rankScores } from './random'

export type Situation = {
  key: string
  distanceToCityKm: number
  distanceToBorderKm: number
  elevationM: number | null
  urban: boolean
}

const standardise = (values: number[]) => {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length
  const deviation = Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length) || 1
  return values.map((value) => (value - mean) / deviation)
}

/**
 * How remote each place is, as a rank from 0 (least) to 1 (most): far from the provincial city,
 * close to the border, high up, rural rather than a ward or town, plus a place-specific random part
 * so that neighbours differ. This makes the sample plausible (border and remote communes tend to be
 * worse off) without pretending to know which commune is which.
 */
export function remoteness(places: Situation[], salt: string): number[] {
  if (places.length === 0) return []
  const elevations = places.map((place) => place.elevationM).filter((value): value is number => value !== null)
  const typicalElevation = elevations.length ? elevations.sort((a, b) => a - b)[Math.floor(elevations.length / 2)]! : 0
  const city = standardise(places.map((place) => place.distanceToCityKm))
  const border = standardise(places.map((place) => -Math.min(place.distanceToBorderKm, 40)))
  const height = standardise(places.map((place) => place.elevationM ?? typicalElevation))
  const scores = places.map(
    (place, index) =>
      0.45 * city[index]! +
      0.25 * border[index]! +
      0.3 * height[index]! -
      (place.urban ? 1.5 : 0) +
      0.45 * normal(salt, place.key),
  )
  return rankScores(scores)
}
