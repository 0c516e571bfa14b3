import type { Provenance } from '../sql/indicator-values'
import { type Override, type OverrideField, overrideFields, type Region } from './criteria'

// What the allocation counts for each commune, each value with where it comes from: the portal's
// values (official, sample, imported), a fact computed from public geometry (border), or the
// scenario's own override.

export type InputProvenance = Provenance | 'computed' | 'override'
export type Input<T> = { value: T | null; provenance: InputProvenance | null; source: string | null }

export type CommuneInputs = {
  code: string
  name: string
  region: Input<Region>
  villages: Input<number>
  border: Input<boolean>
  safeZone: Input<boolean>
  population: Input<number>
  povertyRate: Input<number>
  disadvantage: Input<number>
  ethnicMinorityShare: Input<number>
}

const overrideSource = 'scenario override'

/** The inputs with the scenario's overrides in place; a commune without one keeps the portal's values. */
export function withOverrides(communes: CommuneInputs[], overrides: Override[]): CommuneInputs[] {
  const byCode = new Map(overrides.map((override) => [override.code, override]))
  return communes.map((commune) => {
    const override = byCode.get(commune.code)
    if (!override) return commune
    const replaced = { ...commune }
    for (const field of overrideFields) {
      const value = override[field]
      if (value !== undefined)
        (replaced as Record<OverrideField, Input<unknown>>)[field] = {
          value,
          provenance: 'override',
          source: overrideSource,
        }
    }
    return replaced
  })
}

/** The codes overridden that are not among the communes (refused: nothing would use them). */
export const unknownOverrides = (communes: CommuneInputs[], overrides: Override[]) => {
  const codes = new Set(communes.map((commune) => commune.code))
  return overrides.filter((override) => !codes.has(override.code)).map((override) => override.code)
}

/**
 * The overrides that change something: a value equal to the portal's is left to the portal, with its
 * provenance (a downloaded table read back unchanged must not turn sample values into overrides).
 */
export function onlyChanges(communes: CommuneInputs[], overrides: Override[]) {
  const byCode = new Map(communes.map((commune) => [commune.code, commune]))
  let unchanged = 0
  const changed = overrides.flatMap((override) => {
    const commune = byCode.get(override.code)
    const kept: Override = { code: override.code }
    for (const field of overrideFields) {
      const value = override[field]
      if (value === undefined) continue
      const held = commune?.[field].value ?? (field === 'safeZone' || field === 'border' ? false : null)
      if (value === held) unchanged += 1
      else (kept as Record<OverrideField, unknown>)[field] = value
    }
    return Object.keys(kept).length > 1 ? [kept] : []
  })
  return { overrides: changed, unchanged }
}
