import type { Coefficients, CommuneClass, Region } from './criteria'

export type ClassFacts = { region: Region | null; safeZone: boolean; border: boolean }

const regionClass: Partial<Record<Region, CommuneClass>> = { III: 'regionIII', II: 'regionII', I: 'regionI' }

/** The classes a commune belongs to: its region, safe zone, border; "other" only when none of them. */
export function classesOf(facts: ClassFacts): CommuneClass[] {
  const classes: CommuneClass[] = []
  const region = facts.region ? regionClass[facts.region] : undefined
  if (region) classes.push(region)
  if (facts.safeZone) classes.push('safeZone')
  if (facts.border) classes.push('border')
  return classes.length > 0 ? classes : ['other']
}

/**
 * The class that counts and its coefficient: only the highest applies, no stacking
 * (allocation_criteria.csv: "highest applicable coefficient only"). Ties go to the first listed
 * (region III, safe zone, border, region II, region I), so the class named is stable.
 */
export function communeClass(
  facts: ClassFacts,
  coefficients: Coefficients,
): { class: CommuneClass; coefficient: number } {
  const order: CommuneClass[] = ['regionIII', 'safeZone', 'border', 'regionII', 'regionI', 'other']
  const held = classesOf(facts).sort((a, b) => order.indexOf(a) - order.indexOf(b))
  const best = held.reduce((top, item) => (coefficients[item] > coefficients[top] ? item : top), held[0]!)
  return { class: best, coefficient: coefficients[best] }
}
