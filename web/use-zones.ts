import type { Profile, ZoneCollection, ZoneKind } from './api'
import { useZone } from './queries'
import { type UiState, zoneKinds } from './state'

/** The defence layers switched on, fetched only for users who may see them. */
export function useZones(state: UiState, profile: Profile | null): Partial<Record<ZoneKind, ZoneCollection>> {
  const may = Boolean(profile?.can.zones)
  const queries = {
    border_belt: useZone('border_belt', may && state.zones.includes('border_belt')),
    border_area: useZone('border_area', may && state.zones.includes('border_area')),
    gates: useZone('gates', may && state.zones.includes('gates')),
    restricted: useZone('restricted', may && state.zones.includes('restricted')),
  }
  return Object.fromEntries(
    zoneKinds
      .filter((kind) => state.zones.includes(kind) && queries[kind].data)
      .map((kind) => [kind, queries[kind].data]),
  )
}
