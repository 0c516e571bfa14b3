import type { Region } from '../../../server/allocation/criteria'
import type { CommuneInputs } from '../../../server/allocation/inputs'

type Facts = {
  region?: Region | null
  villages?: number
  border?: boolean
  safeZone?: boolean
  population?: number | null
  povertyRate?: number | null
}

/** A commune's inputs for the rules' tests: sample region and villages unless told otherwise. */
export function commune(code: string, facts: Facts = {}): CommuneInputs {
  const sample = <T>(value: T | null) => ({ value, provenance: 'sample' as const, source: 'sample generator' })
  return {
    code,
    name: `Xã ${code}`,
    region: sample(facts.region === undefined ? 'I' : facts.region),
    villages: sample(facts.villages ?? 0),
    border: { value: facts.border ?? false, provenance: 'computed', source: 'border line' },
    safeZone: { value: facts.safeZone ?? null, provenance: null, source: null },
    population: { value: facts.population ?? 1000, provenance: 'official', source: 'census' },
    povertyRate: sample(facts.povertyRate === undefined ? 10 : facts.povertyRate),
    disadvantage: { value: null, provenance: null, source: null },
    ethnicMinorityShare: { value: null, provenance: null, source: null },
  }
}

const regions: Region[] = ['III', 'II', 'I', 'none', 'III', 'I', 'III']

/** 65 communes of mixed classes and village counts, codes 06001… (not in code order). */
export const sixtyFive = Array.from({ length: 65 }, (_, index) =>
  commune(String(6065 - index).padStart(5, '0'), {
    region: regions[index % regions.length],
    villages: (index * 7) % 11,
    border: index % 9 === 0,
    population: 5000 + ((index * 3571) % 20000),
    povertyRate: (index * 13) % 37,
  }),
)
