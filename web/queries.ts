import {
  keepPreviousData,
  QueryClient,
  queryOptions,
  type UseQueryResult,
  useMutation,
  useQueries,
  useQuery,
} from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'
import { ApiError, type AuditFilter, api, type IndicatorLayer, type Normalise, type ZoneKind } from './api'

// Server data, one hook per question, keyed by its inputs. Geometry and the catalogue change only
// when the data package is reloaded, so they are kept for the whole visit.
// While the database is away the server answers 503 and says so (the page shows its sentence); the
// query tries again every 5 s for a minute, so the page comes back by itself when the data does.
const unavailable = (error: unknown) => error instanceof ApiError && error.status === 503
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 5 * 60_000,
      retry: (failures, error) => failures < (unavailable(error) ? 12 : 1),
      retryDelay: (failures, error) => (unavailable(error) ? 5_000 : Math.min(1000 * 2 ** failures, 30_000)),
      refetchOnWindowFocus: false,
    },
  },
})

const forever = { staleTime: Number.POSITIVE_INFINITY, gcTime: Number.POSITIVE_INFINITY }

export const useConfig = () => useQuery({ queryKey: ['config'], queryFn: api.config, ...forever })
// The three questions of the first coloured map are also asked before React renders
// (first-map.ts), under the same keys, so the page finds them answered or on their way.
export const indicatorsQuery = queryOptions({ queryKey: ['indicators'], queryFn: api.indicators, ...forever })
export const useIndicators = () => useQuery(indicatorsQuery)
/** The communes of 2025, or of 2008–2019 for the historical layer. */
export const communesQuery = (historical = false) =>
  queryOptions({
    queryKey: ['communes', historical],
    queryFn: () => (historical ? api.units2019() : api.communes('medium')),
    ...forever,
  })
export const useCommunes = (historical = false) => useQuery(communesQuery(historical))
export const useProvince = (enabled = true) =>
  useQuery({ queryKey: ['province'], queryFn: api.province, enabled, ...forever })
export const useBorder = (enabled = true) =>
  useQuery({ queryKey: ['border'], queryFn: api.border, enabled, ...forever })
export const useDistricts = (enabled: boolean) =>
  useQuery({ queryKey: ['districts'], queryFn: api.districts, enabled, ...forever })
export const useVillages = (enabled: boolean) =>
  useQuery({ queryKey: ['villages'], queryFn: api.villages, enabled, ...forever })

export const communeLayerQuery = (indicator: string, year: number, vintage: '2025' | '2019') =>
  queryOptions({
    queryKey: ['commune-layer', indicator, year, vintage],
    queryFn: () => api.communeLayerOf(indicator, year, vintage),
  })
export const useCommuneLayer = (indicator: string | null, year: number | null, vintage: '2025' | '2019' = '2025') =>
  useQuery({
    ...communeLayerQuery(indicator!, year!, vintage),
    enabled: indicator !== null && year !== null,
    // Keep the old colours on screen while the next year loads, instead of flashing empty.
    placeholderData: keepPreviousData,
  })

/**
 * One indicator's layer of each year given (the time slider's fixed classes, the small multiples):
 * the same queries, keyed as useCommuneLayer's, so the main map finds each year already loaded.
 */
export const useCommuneLayers = (
  indicator: string | null,
  years: number[],
  vintage: '2025' | '2019',
  enabled: boolean,
) =>
  useQueries({
    queries: years.map((year) => ({
      queryKey: ['commune-layer', indicator, year, vintage],
      queryFn: () => api.communeLayerOf(indicator!, year, vintage),
      enabled: enabled && indicator !== null,
    })),
    combine: yearLayers,
  })
function yearLayers(results: UseQueryResult<IndicatorLayer>[]) {
  return {
    layers: results.map((result) => result.data),
    /** Each year whose request failed (after its retry) and holds nothing to show. */
    failed: results.map((result) => result.isError && result.data === undefined),
    // Settled: a year that failed is left out rather than hold the map back for ever.
    ready: results.every((result) => result.data !== undefined || result.isError),
    error: results.find((result) => result.error)?.error ?? null,
  }
}

export const useVillageLayer = (indicator: string | null, year: number | null) =>
  useQuery({
    queryKey: ['village-layer', indicator, year],
    queryFn: () => api.villageLayer(indicator!, year!),
    enabled: indicator !== null && year !== null,
    placeholderData: keepPreviousData,
  })

export const useUnit = (code: string | null, vintage: '2025' | '2019' = '2025') =>
  useQuery({ queryKey: ['unit', code, vintage], queryFn: () => api.unitOf(code!, vintage), enabled: code !== null })

export const useSearch = (text: string) =>
  useQuery({
    queryKey: ['search', text],
    queryFn: () => api.search(text),
    enabled: /[\p{L}\p{N}]/u.test(text),
    placeholderData: keepPreviousData,
  })

// ---- signed-in users ---------------------------------------------------------------------------

export const useProfile = () => useQuery({ queryKey: ['profile'], queryFn: api.me, staleTime: 60_000, retry: false })

/** After signing in everything may answer differently: forget it all and ask again. */
export const resetAfterSignIn = () => queryClient.resetQueries()

/**
 * After signing out, what belonged to the account goes at once (issue 10 §5: the page went on
 * asking for imports, zones, users and the audit log, and got 401s): nobody is signed in from now
 * on, and every other answer is removed, not fetched again, so that only the queries the public
 * view still uses ask the server, as the public.
 */
export async function clearAccount() {
  await queryClient.cancelQueries()
  queryClient.setQueryData(['profile'], null)
  queryClient.removeQueries({ predicate: (query) => !sameForEveryone.has(String(query.queryKey[0])) })
}
// Answers that never depend on who asks (boundaries and places), kept through a sign-out.
const sameForEveryone = new Set(['profile', 'communes', 'province', 'border', 'districts', 'villages'])

export const useZone = (kind: ZoneKind, enabled: boolean) =>
  useQuery({ queryKey: ['zone', kind], queryFn: () => api.zones(kind), enabled, staleTime: 60_000 })

export const useNearBorder = (level: 'village' | 'commune', within: number, enabled: boolean) =>
  useQuery({
    queryKey: ['near-border', level, within],
    queryFn: () => api.nearBorder(level, within),
    enabled,
    placeholderData: keepPreviousData,
  })

export const useBeltSettings = (enabled: boolean) =>
  useQuery({ queryKey: ['belt-settings'], queryFn: api.beltSettings, enabled })

export const useSessions = () => useQuery({ queryKey: ['sessions'], queryFn: api.sessions, staleTime: 0 })
export const useTokens = () => useQuery({ queryKey: ['tokens'], queryFn: api.tokens, staleTime: 0 })
export const useUsers = (enabled: boolean) => useQuery({ queryKey: ['users'], queryFn: api.users, enabled })

export const useAudit = (filter: AuditFilter, enabled: boolean) =>
  useQuery({
    queryKey: ['audit', filter],
    queryFn: () => api.audit(filter),
    enabled,
    placeholderData: keepPreviousData,
  })

/**
 * A change on the server, then the answers it touches are fetched again, and the audit log, which
 * every change writes to.
 */
export function useChange<Input, Output>(change: (input: Input) => Promise<Output>, touches: string[][]) {
  return useMutation({
    mutationFn: change,
    onSuccess: () =>
      Promise.all([...touches, ['audit']].map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  })
}

// ---- planner tools -------------------------------------------------------------------------------

export const useRanking = (
  year: number | null,
  weights: Record<string, number>,
  normalise: Normalise,
  enabled: boolean,
) =>
  useQuery({
    queryKey: ['ranking', year, weights, normalise],
    queryFn: () => api.ranking(year ?? 2025, weights, normalise),
    enabled: enabled && Object.keys(weights).length > 0,
    placeholderData: keepPreviousData,
  })

export const useTargets = (year: number | null, enabled: boolean) =>
  useQuery({ queryKey: ['targets', year], queryFn: () => api.targets(year), enabled })

export const useFormerUnits = (code: string | null, year: number, enabled: boolean) =>
  useQuery({
    queryKey: ['former', code, year],
    queryFn: () => api.formerUnits(code!, year),
    enabled: enabled && code !== null,
  })

// ---- imports and value history --------------------------------------------------------------------

export const useImports = (enabled: boolean) => useQuery({ queryKey: ['imports'], queryFn: api.imports, enabled })
export const useImportBatch = (id: number | null) =>
  useQuery({ queryKey: ['import', id], queryFn: () => api.importBatch(id!), enabled: id !== null })
export const useImportHistory = (id: number | null, enabled: boolean) =>
  useQuery({ queryKey: ['import-history', id], queryFn: () => api.importHistory(id!), enabled: enabled && id !== null })
export const useValueHistory = (unit: string, vintage: string, indicator: string, enabled: boolean) =>
  useQuery({
    queryKey: ['history', unit, vintage, indicator],
    queryFn: () => api.valueHistory(unit, vintage, indicator),
    enabled,
  })
export const useSettings = (enabled: boolean) => useQuery({ queryKey: ['settings'], queryFn: api.settings, enabled })

/**
 * The refusal of a request the server could not answer because its database is away (503), while
 * any query is waiting to try again; undefined otherwise. The page shows the server's sentence.
 */
export function useUnavailable(): ApiError | undefined {
  // An external store, not a state set by the cache's listener: the cache also speaks while another
  // component renders (a query observer made on mounting), and React refuses a state update then
  // ("Cannot update a component while rendering a different component"); the store is asked again
  // and nothing is updated when the reason is the same (the same error object).
  return useSyncExternalStore(subscribeToQueries, unavailableReason)
}

const subscribeToQueries = (onChange: () => void) => queryClient.getQueryCache().subscribe(onChange)

function unavailableReason(): ApiError | undefined {
  return queryClient
    .getQueryCache()
    .getAll()
    .map((query) => query.state.fetchFailureReason ?? query.state.error)
    .find((reason): reason is ApiError => unavailable(reason))
}

/** The public's downloads of the last 30 days (admin). */
export const useDownloads = () =>
  useQuery({
    queryKey: ['downloads'],
    queryFn: () => {
      const day = (offset: number) => new Date(Date.now() - offset * 86_400_000).toISOString().slice(0, 10)
      return api.downloads({ since: day(29), until: day(0) })
    },
  })
