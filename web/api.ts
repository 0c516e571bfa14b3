import type { FeatureCollection, MultiLineString, MultiPolygon, Point } from 'geojson'
import { hc, type InferResponseType } from 'hono/client'
import type { AllocationAnswer } from '../server/allocation/answer'
import type { ScenarioComparison } from '../server/allocation/compare'
import type { Override } from '../server/allocation/criteria'
import type { AppType } from '../server/app'
import type { Value } from '../server/imports/cell-values'
import type { Counts } from '../server/imports/preview'
import type { Message } from '../server/message'
import type { Scenario, ScenarioSummary } from '../server/sql/allocation-scenarios'
import type { formerUnitValues } from '../server/sql/former'
import type { batchPreview } from '../server/sql/import-preview'
import type { Batch } from '../server/sql/imports'
import type { Ranking as RankingAnswer } from '../server/sql/ranking'
import type { planScoreboard } from '../server/sql/targets'
import type { Version } from '../server/sql/value-history'

// The only web file that knows URLs: a typed client of the Hono API (server/app.ts).
const client = hc<AppType>(typeof window === 'undefined' ? 'http://localhost' : window.location.origin)

/**
 * A refused request: its status, the server's English sentence (for logs), and the message in both
 * languages that every refusal of the portal carries (shown through i18n/error-text.ts errorText).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly localised?: Message,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

async function ok<T>(request: Promise<Response>): Promise<T> {
  let response: Response
  try {
    response = await request
  } catch {
    throw new ApiError(0, 'network')
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: string; message?: Message }
    throw new ApiError(response.status, body.error ?? `HTTP ${response.status}`, body.message)
  }
  return (await response.json()) as T
}

export type UnitProperties = {
  code: string
  name: string
  type: string
  level: string
  vintage: string
  parentCode: string | null
  areaKm2: number | null
}
export type UnitCollection = FeatureCollection<MultiPolygon | null, UnitProperties>
export type VillageProperties = {
  id: number
  name: string
  nameAscii: string
  coordPrecision: string
  communeCode: string
  communeName: string
  commune2019Name: string
  approximate: true
}
export type VillageCollection = FeatureCollection<Point, VillageProperties>
export type BorderCollection = FeatureCollection<MultiLineString, { lengthKm: number; source: string; note: string }>
export type Detail = 'low' | 'medium' | 'full'

const indicatorsRoute = client.api.indicators
const valuesRoute = client.api.indicators[':code'].values
const unitRoute = client.api.units[':code']
export type Indicator = InferResponseType<typeof indicatorsRoute.$get, 200>[number]
export type IndicatorLayer = InferResponseType<typeof valuesRoute.$get, 200>
export type CommuneValue = NonNullable<IndicatorLayer['communes']>[number]
export type VillageValue = NonNullable<IndicatorLayer['villages']>[number]
export type UnitDetail = InferResponseType<typeof unitRoute.$get, 200>
export type SearchResult = InferResponseType<typeof client.api.search.$get, 200>['results'][number]
export type Health = InferResponseType<typeof client.api.health.$get, 200>
/** Who the server says is calling: `{ account: null }` for the public, else the account and its tools. */
type Me = InferResponseType<typeof client.api.auth.me.$get, 200>
export type Profile = Extract<Me, { can: unknown }>
export type AccountSummary = InferResponseType<typeof client.api.users.$get, 200>[number]
export type AuditEvent = InferResponseType<typeof client.api.audit.$get, 200>[number]
export type DownloadCount = InferResponseType<typeof client.api.audit.downloads.$get, 200>[number]
export type NearBorder = InferResponseType<(typeof client.api.zones)['near-border']['$get'], 200>
export type ZoneKind = 'border_belt' | 'border_area' | 'gates' | 'restricted'
export type ZoneCollection = FeatureCollection<MultiPolygon | Point | null, Record<string, unknown>> & {
  notes?: Record<string, unknown>
}
export type Role = 'planner' | 'border' | 'admin'
export type Normalise = 'minmax' | 'rank'
// The planner's answers are typed by the server's own functions (type-only imports).
export type Ranking = RankingAnswer
export type RankingItem = Ranking['items'][number]
export type Scoreboard = Awaited<ReturnType<typeof planScoreboard>>
export type TargetRow = Scoreboard['targets'][number]
export type ProvinceValue = NonNullable<TargetRow['province']>
export type FormerUnits = Exclude<Awaited<ReturnType<typeof formerUnitValues>>, { error: string }>
export type ExportRequest =
  | { kind: 'indicator'; indicator: string; year: number }
  | { kind: 'ranking'; year: number; weights: Record<string, number>; normalise: Normalise }
/** The progress report's parameters (GET /api/reports/progress); without weights, the headline indicators. */
export type ReportRequest = {
  year: number
  language: 'vi' | 'en'
  format: 'docx' | 'html'
  ranking?: { weights: Record<string, number>; normalise: Normalise }
}

/** "poverty_rate:2,village_road_hardened:1", as the ranking and export routes read weights. */
export const weightsParameter = (weights: Record<string, number>) =>
  Object.entries(weights)
    .map(([code, weight]) => `${code}:${weight}`)
    .join(',')

// The import types are the server's own (type-only imports: no server code reaches the bundle).
export type ImportValue = Value | null
export type ImportCounts = Counts
export type ImportPreview = NonNullable<Awaited<ReturnType<typeof batchPreview>>>
export type ImportChange = ImportPreview['changes'][number]
/** A batch in the list: every column of the batch, without its rows. */
export type ImportBatch = Batch
export type ImportProblem = {
  file: string
  sheet: string | null
  row: number | null
  column: string | null
  message: Message
}
/** A refused upload: the server's summary in both languages and every problem it found, located. */
export class ImportRefused extends Error {
  constructor(
    message: string,
    readonly problems: ImportProblem[],
    readonly localised?: Message,
  ) {
    super(message)
    this.name = 'ImportRefused'
  }
}
export type ValueVersion = Version
export type TemplateRequest = { indicator: string; year: number; layout: 'long' | 'wide'; format: 'csv' | 'xlsx' }

// Capital allocation scenarios (issue 11 §2), typed by the server's own rules (type-only imports).
export type Allocation = AllocationAnswer
export type AllocationItem = Allocation['items'][number]
export type AllocationOverride = Override
export type AllocationSummary = ScenarioSummary
export type AllocationScenario = Omit<Scenario, 'result'> & { result: Allocation; current: boolean }
export type AllocationComparison = ScenarioComparison
/** What POST /api/allocation/preview takes; a scenario adds its name and program (and a copy its origin). */
export type AllocationParameters = {
  total: number | null
  coefficients?: Partial<Allocation['coefficients']>
  criteria?: { code: string; weight: number }[]
  ranking?: { weights: string; normalise: Normalise; year?: number }
  overrides?: AllocationOverride[]
}
export type AllocationDraft = AllocationParameters & { name: string; program: string; copiedFrom?: string }
/** A file of overrides read (nothing saved): the values that differ from the portal's, and how many did not. */
export type OverrideFile = { fileName: string; rows: number; overrides: AllocationOverride[]; unchanged: number }

/** A JSON request (the browser adds the Origin the server checks). */
const sendJson = (url: string, method: 'POST' | 'PATCH', body: unknown) =>
  fetch(url, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

/** A file sent as a form: a refused file answers 400 with every problem (ImportRefused), else as ok(). */
async function uploadForm<T>(url: string, form: FormData): Promise<T> {
  const response = await fetch(url, { method: 'POST', body: form }).catch(() => {
    throw new ApiError(0, 'network')
  })
  const body = (await response.json().catch(() => ({}))) as {
    error?: string
    message?: Message
    problems?: ImportProblem[]
  }
  if (response.status === 400 && body.problems)
    throw new ImportRefused(body.error ?? 'refused', body.problems, body.message)
  if (!response.ok) throw new ApiError(response.status, body.error ?? `HTTP ${response.status}`, body.message)
  return body as T
}
const scenarioUrl = (id: string) => `/api/allocation/scenarios/${encodeURIComponent(id)}`

export type AccountSession = InferResponseType<typeof client.api.auth.sessions.$get, 200>[number]
export type AccountToken = InferResponseType<typeof client.api.auth.tokens.$get, 200>[number]
export type NewToken = InferResponseType<typeof client.api.auth.tokens.$post, 201>
export type AuditFilter = { action?: string; username?: string; since?: string; until?: string; before?: string }
export type Config = InferResponseType<typeof client.api.config.$get, 200>

export const api = {
  health: () => ok<Health>(client.api.health.$get()),
  config: () => ok<Config>(client.api.config.$get()),
  indicators: () => ok<Indicator[]>(indicatorsRoute.$get()),
  communes: (detail: Detail = 'medium') =>
    ok<UnitCollection>(client.api.units.$get({ query: { level: 'commune', vintage: '2025', detail } })),
  /**
   * The address of the communes the map draws (2025, or 2008–2019), for MapLibre to load and parse
   * in its worker; the same address as communes() and units2019(), so either finds the other's
   * answer in the browser's cache.
   */
  communesUrl: (vintage: '2025' | '2019') =>
    client.api.units.$url({ query: { level: 'commune', vintage, detail: 'medium' } }).toString(),
  districts: () => ok<UnitCollection>(client.api.units.$get({ query: { level: 'district', detail: 'medium' } })),
  province: () => ok<UnitCollection>(client.api.units.$get({ query: { level: 'province', detail: 'medium' } })),
  border: () => ok<BorderCollection>(client.api.border.$get({ query: { detail: 'medium' } })),
  villages: () => ok<VillageCollection>(client.api.villages.$get({ query: {} })),
  communeLayer: (indicator: string, year: number) =>
    ok<IndicatorLayer>(
      valuesRoute.$get({
        param: { code: indicator },
        query: { year: String(year), vintage: '2025', level: 'commune' },
      }),
    ),
  villageLayer: (indicator: string, year: number) =>
    ok<IndicatorLayer>(
      valuesRoute.$get({ param: { code: indicator }, query: { year: String(year), level: 'village' } }),
    ),
  unit: (code: string) => ok<UnitDetail>(unitRoute.$get({ param: { code }, query: {} })),
  /** The signed-in user, or null for the public (the server answers `{ account: null }`). */
  me: async (): Promise<Profile | null> => {
    const me = await ok<Me>(client.api.auth.me.$get())
    return 'can' in me ? me : null
  },
  login: (username: string, password: string) =>
    ok<Profile>(client.api.auth.login.$post({ json: { username, password } })),
  logout: () => ok<{ signedOut: boolean }>(client.api.auth.logout.$post()),
  changePassword: (current: string, next: string) =>
    ok<{ changed: boolean }>(client.api.auth.password.$post({ json: { current, next } })),
  sessions: () => ok<AccountSession[]>(client.api.auth.sessions.$get()),
  endSession: (id: string) =>
    ok<{ ended: boolean; current: boolean }>(client.api.auth.sessions[':id'].$delete({ param: { id } })),
  tokens: () => ok<AccountToken[]>(client.api.auth.tokens.$get()),
  createToken: (token: { name: string; days: number }) => ok<NewToken>(client.api.auth.tokens.$post({ json: token })),
  revokeToken: (id: string) => ok<{ revoked: boolean }>(client.api.auth.tokens[':id'].$delete({ param: { id } })),
  /** Where GIS software (QGIS, ArcGIS, GDAL) opens the portal: OGC API – Features (server/routes/ogc.ts). */
  ogcAddress: () => `${window.location.origin}/ogc`,
  users: () => ok<AccountSummary[]>(client.api.users.$get()),
  createUser: (user: { username: string; displayName: string | null; roles: Role[]; password: string }) =>
    ok<{ id: number }>(client.api.users.$post({ json: user })),
  updateUser: (id: number, change: { roles?: Role[]; disabled?: boolean; displayName?: string | null }) =>
    ok<{ changed: boolean }>(client.api.users[':id'].$patch({ param: { id: String(id) }, json: change })),
  resetPassword: (id: number, password: string) =>
    ok<{ reset: boolean }>(client.api.users[':id'].password.$post({ param: { id: String(id) }, json: { password } })),
  /** The public's downloads of the published figures per day and file (admin). */
  downloads: (range: { since: string; until: string }) =>
    ok<DownloadCount[]>(client.api.audit.downloads.$get({ query: range })),
  audit: (filter: AuditFilter) =>
    ok<AuditEvent[]>(
      client.api.audit.$get({
        query: {
          action: filter.action || undefined,
          username: filter.username || undefined,
          since: filter.since || undefined,
          until: filter.until || undefined,
          before: filter.before,
          limit: '100',
        },
      }),
    ),
  zones: (kind: ZoneKind) => ok<ZoneCollection>(client.api.zones.$get({ query: { kind } })),
  /** The address of the near-border list as CSV (the browser sends the session cookie itself). */
  nearBorderCsvUrl: (level: 'village' | 'commune', within: number) =>
    `/api/zones/near-border/export.csv?${new URLSearchParams({ level, within: String(within) })}`,
  /** The address of the audit log, filtered, as CSV. */
  auditCsvUrl: (filter: AuditFilter) =>
    `/api/audit/export.csv?${new URLSearchParams(
      Object.entries({
        action: filter.action,
        username: filter.username,
        since: filter.since,
        until: filter.until,
      }).filter((entry): entry is [string, string] => Boolean(entry[1])),
    )}`,
  nearBorder: (level: 'village' | 'commune', within: number) =>
    ok<NearBorder>(client.api.zones['near-border'].$get({ query: { level, within: String(within) } })),
  addZone: (zone: { name: string; note: string | null; geometry: unknown }) =>
    ok<{ id: string }>(client.api.zones.restricted.$post({ json: zone as never })),
  /** A zone's new name, note or shape (each optional); its geometry is checked as when added. */
  changeZone: (input: { id: string; change: { name?: string; note?: string | null; geometry?: unknown } }) =>
    ok<{ changed: boolean }>(
      client.api.zones.restricted[':id'].$patch({ param: { id: input.id }, json: input.change as never }),
    ),
  deleteZone: (id: string) =>
    ok<{ changed: boolean }>(client.api.zones.restricted[':id'].$patch({ param: { id }, json: { deleted: true } })),
  beltSettings: () => ok<{ widthM: number; note: string | null }>(client.api.zones.settings.$get()),
  setBeltWidth: (widthM: number) => ok<{ widthM: number }>(client.api.zones.settings.$put({ json: { widthM } })),
  ranking: (year: number, weights: Record<string, number>, normalise: Normalise) =>
    ok<Ranking>(
      fetch(
        `/api/ranking?${new URLSearchParams({ year: String(year), weights: weightsParameter(weights), normalise })}`,
      ),
    ),
  targets: (year: number | null) => ok<Scoreboard>(fetch(`/api/targets${year === null ? '' : `?year=${year}`}`)),
  formerUnits: (code: string, year: number) =>
    ok<FormerUnits>(fetch(`/api/units/${encodeURIComponent(code)}/former?year=${year}`)),
  /** The address of a download (the browser sends the session cookie itself). */
  exportUrl: (format: 'csv' | 'geojson', request: ExportRequest) => {
    const params: Record<string, string> =
      request.kind === 'indicator'
        ? { kind: 'indicator', indicator: request.indicator, year: String(request.year) }
        : {
            kind: 'ranking',
            year: String(request.year),
            weights: weightsParameter(request.weights),
            normalise: request.normalise,
          }
    return `/api/export.${format}?${new URLSearchParams(params)}`
  },
  /** The address of the progress report (issue 11 §1): the Word document or the printable page. */
  progressReportUrl: (request: ReportRequest) =>
    `/api/reports/progress?${new URLSearchParams({
      year: String(request.year),
      lang: request.language,
      format: request.format,
      ...(request.ranking
        ? { weights: weightsParameter(request.ranking.weights), normalise: request.ranking.normalise }
        : {}),
    })}`,
  imports: () => ok<ImportBatch[]>(fetch('/api/imports')),
  importBatch: (id: number) => ok<ImportPreview>(fetch(`/api/imports/${id}`)),
  uploadImport: (file: File, document: string) => {
    const form = new FormData()
    form.set('file', file)
    if (document) form.set('document', document)
    return uploadForm<ImportPreview>('/api/imports', form)
  },
  publishImport: (id: number) =>
    ok<{ published: boolean; versions: number }>(fetch(`/api/imports/${id}/publish`, { method: 'POST' })),
  discardImport: (id: number) => ok<{ discarded: boolean }>(fetch(`/api/imports/${id}/discard`, { method: 'POST' })),
  rollbackImport: (id: number) =>
    ok<{ rolledBack: boolean; versions: number; skipped: number }>(
      fetch(`/api/imports/${id}/rollback`, { method: 'POST' }),
    ),
  importHistory: (id: number) =>
    ok<(ValueVersion & { code: string; vintage: string })[]>(fetch(`/api/imports/${id}/history`)),
  templateUrl: (request: TemplateRequest) =>
    `/api/imports/template?${new URLSearchParams({ ...request, year: String(request.year) })}`,
  valueHistory: (unit: string, vintage: string, indicator?: string) =>
    ok<ValueVersion[]>(
      fetch(`/api/values/history?${new URLSearchParams({ unit, vintage, ...(indicator ? { indicator } : {}) })}`),
    ),
  correctValue: (correction: {
    indicator: string
    unit: string
    vintage: string
    year: number
    value: ImportValue
    note: string
    document?: string
  }) =>
    ok<{ id: number }>(
      fetch('/api/values', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(correction),
      }),
    ),
  settings: () => ok<{ hideSampleFromPublic: boolean }>(fetch('/api/settings')),
  setSettings: (settings: { hideSampleFromPublic: boolean }) =>
    ok<{ hideSampleFromPublic: boolean }>(
      fetch('/api/settings', {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(settings),
      }),
    ),
  allocationPreview: (parameters: AllocationParameters) =>
    ok<Allocation>(sendJson('/api/allocation/preview', 'POST', parameters)),
  allocationScenarios: () => ok<AllocationSummary[]>(fetch('/api/allocation/scenarios')),
  allocationScenario: (id: string) => ok<AllocationScenario>(fetch(scenarioUrl(id))),
  saveAllocation: (draft: AllocationDraft) =>
    ok<AllocationScenario>(sendJson('/api/allocation/scenarios', 'POST', draft)),
  /** Every parameter is sent: one left out would keep the scenario's old value. */
  changeAllocation: (id: string, draft: AllocationDraft) =>
    ok<AllocationScenario>(
      sendJson(scenarioUrl(id), 'PATCH', {
        name: draft.name,
        program: draft.program,
        total: draft.total,
        coefficients: draft.coefficients ?? {},
        criteria: draft.criteria ?? [],
        ranking: draft.ranking ?? null,
        overrides: draft.overrides ?? [],
      }),
    ),
  withdrawAllocation: (id: string) => ok<{ withdrawn: boolean }>(fetch(scenarioUrl(id), { method: 'DELETE' })),
  compareAllocations: (id: string, other: string) =>
    ok<AllocationComparison>(fetch(`${scenarioUrl(id)}/compare/${encodeURIComponent(other)}`)),
  /** The address of a saved scenario's download (the browser sends the session cookie itself). */
  allocationExportUrl: (id: string, format: 'csv' | 'xlsx') => `${scenarioUrl(id)}/export.${format}`,
  readOverrideFile: (file: File) => {
    const form = new FormData()
    form.set('file', file)
    return uploadForm<OverrideFile>('/api/allocation/overrides', form)
  },
  units2019: () =>
    ok<UnitCollection>(client.api.units.$get({ query: { level: 'commune', vintage: '2019', detail: 'medium' } })),
  communeLayerOf: (indicator: string, year: number, vintage: '2025' | '2019') =>
    ok<IndicatorLayer>(
      valuesRoute.$get({ param: { code: indicator }, query: { year: String(year), vintage, level: 'commune' } }),
    ),
  unitOf: (code: string, vintage: '2025' | '2019') =>
    ok<UnitDetail>(unitRoute.$get({ param: { code }, query: { vintage } })),
  search: (text: string) =>
    ok<{ query: string; results: SearchResult[] }>(client.api.search.$get({ query: { q: text, limit: '20' } })),
}
