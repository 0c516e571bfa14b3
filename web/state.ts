import type { Normalise, ZoneKind } from './api'
import type { MapClassification } from './choropleth'
import type { Language } from './format'
import type { ClassYears } from './year-classes'

// UI state: plain, serialisable data with pure updaters, mirrored in the URL so any view can be
// shared (copy the address, open it elsewhere, get the same map). Server data never goes here.

export type View =
  | 'map'
  | 'table'
  | 'methodology'
  | 'admin'
  | 'border'
  | 'ranking'
  | 'targets'
  | 'compare'
  | 'import'
  /** The selected commune's printable profile. */
  | 'profile'
  /** Capital allocation scenarios (issue 11 §2). */
  | 'allocation'
export type MapPosition = { longitude: number; latitude: number; zoom: number }

export type UiState = {
  indicator: string | null
  year: number | null
  classification: MapClassification | null
  /** The years numeric class breaks are computed over: all (fixed across years), each, or one held (year-classes.ts). */
  classYears: ClassYears
  /** The time slider plays through the years (issue 12). */
  playing: boolean
  /** One small map per year beside the main map (issue 12). */
  multiples: boolean
  selected: string | null
  /** A legend class whose communes are highlighted. */
  highlightClass: number | null
  view: View
  language: Language
  position: MapPosition | null
  villageIndicator: string | null
  showVillages: boolean
  showDistricts: boolean
  basemap: boolean
  /** Restricted layers switched on (they show only for users who may see them). */
  zones: ZoneKind[]
  /** The planner's disadvantage index: indicator weights (null: the four headline indicators). */
  weights: Record<string, number> | null
  normalise: Normalise
  topN: number
  /** The 2008–2019 communes instead of the 65 of 2025. */
  historical: boolean
  /** The second map of the comparison: another year, or another indicator. */
  compare: { year: number } | { indicator: string } | null
  /** The import batch being reviewed. */
  importId: number | null
  /** The indicator layer full, dimmed or hidden, so the defence layers over it stay readable. */
  indicatorFill: IndicatorFill
  /** The allocation scenario open, and the one it is compared with (ids of saved scenarios). */
  scenario: string | null
  against: string | null
}
export type IndicatorFill = 'full' | 'dim' | 'off'

export const initialState: UiState = {
  indicator: null,
  year: null,
  classification: null,
  classYears: 'all',
  playing: false,
  multiples: false,
  selected: null,
  highlightClass: null,
  view: 'map',
  language: 'vi',
  position: null,
  villageIndicator: null,
  showVillages: true,
  showDistricts: false,
  basemap: false,
  zones: [],
  weights: null,
  normalise: 'minmax',
  topN: 10,
  historical: false,
  compare: null,
  importId: null,
  indicatorFill: 'full',
  scenario: null,
  against: null,
}

export const classifications: MapClassification[] = ['quantile', 'jenks', 'equal', 'target', 'gap']
const views: View[] = [
  'map',
  'table',
  'methodology',
  'admin',
  'border',
  'ranking',
  'targets',
  'compare',
  'import',
  'profile',
  'allocation',
]
export const zoneKinds: ZoneKind[] = ['border_belt', 'border_area', 'gates', 'restricted']
const indicatorCode = /^[a-z][a-z0-9_]{0,63}$/

// ---- updaters -------------------------------------------------------------------------------

/** Breaks held at one year's values belong to that indicator and method: back to all years. */
const heldYearReleased = (classYears: ClassYears): ClassYears => (classYears === 'each' ? 'each' : 'all')
export const chooseIndicator = (state: UiState, indicator: string): UiState => ({
  ...state,
  indicator,
  classification: null,
  classYears: heldYearReleased(state.classYears),
  highlightClass: null,
})
/** A year chosen by hand (a button, the slider, a small map) stops play; play itself steps with playStep. */
export const chooseYear = (state: UiState, year: number): UiState => ({
  ...state,
  year,
  playing: false,
  highlightClass: null,
})
export const chooseClassification = (state: UiState, classification: MapClassification): UiState => ({
  ...state,
  classification,
  classYears: heldYearReleased(state.classYears),
  highlightClass: null,
})
export const chooseClassYears = (state: UiState, classYears: ClassYears): UiState => ({ ...state, classYears })
/** Play from `year`, or pause. */
export const setPlaying = (state: UiState, playing: boolean, year: number | null = state.year): UiState => ({
  ...state,
  playing,
  year,
})
/** Play's next year, or the end of play (null: the last year with values is on screen). */
export const playStep = (state: UiState, next: number | null): UiState =>
  next === null ? { ...state, playing: false } : { ...state, year: next, highlightClass: null }
export const toggleMultiples = (state: UiState): UiState => ({ ...state, multiples: !state.multiples })
export const select = (state: UiState, selected: string | null): UiState => ({ ...state, selected })
export const highlight = (state: UiState, highlightClass: number | null): UiState => ({
  ...state,
  highlightClass: state.highlightClass === highlightClass ? null : highlightClass,
})
export const showView = (state: UiState, view: View): UiState => ({ ...state, view })
export const chooseLanguage = (state: UiState, language: Language): UiState => ({ ...state, language })
export const moveTo = (state: UiState, position: MapPosition): UiState => ({ ...state, position })
export const chooseVillageIndicator = (state: UiState, villageIndicator: string): UiState => ({
  ...state,
  villageIndicator,
})
export const toggle = (state: UiState, layer: 'showVillages' | 'showDistricts' | 'basemap'): UiState => ({
  ...state,
  [layer]: !state[layer],
})

export const toggleZone = (state: UiState, kind: ZoneKind): UiState => ({
  ...state,
  zones: state.zones.includes(kind)
    ? state.zones.filter((item) => item !== kind)
    : zoneKinds.filter((item) => item === kind || state.zones.includes(item)),
})

export const setWeights = (state: UiState, weights: Record<string, number>): UiState => ({ ...state, weights })
export const setNormalise = (state: UiState, normalise: Normalise): UiState => ({ ...state, normalise })
export const setTopN = (state: UiState, topN: number): UiState => ({
  ...state,
  topN: Math.min(65, Math.max(1, Math.round(topN))),
})
export const toggleHistorical = (state: UiState): UiState => ({
  ...state,
  historical: !state.historical,
  selected: null,
  highlightClass: null,
})
export const openImport = (state: UiState, importId: number | null): UiState => ({ ...state, importId, view: 'import' })
export const chooseIndicatorFill = (state: UiState, indicatorFill: IndicatorFill): UiState => ({
  ...state,
  indicatorFill,
})

/** An allocation scenario opened (null: a new one), its comparison closed. */
export const openScenario = (state: UiState, scenario: string | null): UiState => ({
  ...state,
  scenario,
  against: null,
  view: 'allocation',
})
/** The open scenario compared with another saved one (null: the comparison closed). */
export const compareScenario = (state: UiState, against: string | null): UiState => ({ ...state, against })

/** The pages of an account's tools, left when it signs out (issue 10 §5). */
const accountViews: View[] = ['admin', 'border', 'import', 'ranking', 'targets', 'allocation']
/** After signing out: back on the public map, with none of the account's layers or batches. */
export const signedOut = (state: UiState): UiState => ({
  ...state,
  view: accountViews.includes(state.view) ? 'map' : state.view,
  zones: [],
  importId: null,
  scenario: null,
  against: null,
})
export const compareWith = (state: UiState, compare: UiState['compare']): UiState => ({
  ...state,
  compare,
  view: 'compare',
})

// ---- URL ------------------------------------------------------------------------------------

const round = (value: number, digits: number) => Number(value.toFixed(digits))

/** The state as URL search parameters; defaults are left out to keep links short. */
export function toSearch(state: UiState): string {
  const params = new URLSearchParams()
  if (state.indicator) params.set('indicator', state.indicator)
  if (state.year !== null) params.set('year', String(state.year))
  if (state.classification) params.set('classes', state.classification)
  if (state.classYears !== 'all') params.set('hold', String(state.classYears))
  if (state.playing) params.set('play', '1')
  if (state.multiples) params.set('multiples', '1')
  if (state.selected) params.set('commune', state.selected)
  if (state.highlightClass !== null) params.set('class', String(state.highlightClass))
  if (state.view !== 'map') params.set('view', state.view)
  if (state.language !== 'vi') params.set('lang', state.language)
  if (state.position) {
    const { latitude, longitude, zoom } = state.position
    params.set('at', `${round(latitude, 4)},${round(longitude, 4)},${round(zoom, 2)}`)
  }
  if (state.villageIndicator) params.set('village', state.villageIndicator)
  if (!state.showVillages) params.set('villages', 'off')
  if (state.showDistricts) params.set('districts', '1')
  if (state.basemap) params.set('basemap', '1')
  if (state.zones.length > 0) params.set('zones', state.zones.join(','))
  if (state.weights)
    params.set(
      'weights',
      Object.entries(state.weights)
        .map(([code, weight]) => `${code}:${weight}`)
        .join(','),
    )
  if (state.normalise !== 'minmax') params.set('normalise', state.normalise)
  if (state.topN !== 10) params.set('top', String(state.topN))
  if (state.historical) params.set('historical', '1')
  if (state.compare)
    params.set(
      'compare',
      'year' in state.compare ? `year:${state.compare.year}` : `indicator:${state.compare.indicator}`,
    )
  if (state.view === 'import' && state.importId !== null) params.set('import', String(state.importId))
  if (state.indicatorFill !== 'full') params.set('fill', state.indicatorFill)
  if (state.view === 'allocation' && state.scenario) {
    params.set('scenario', state.scenario)
    if (state.against) params.set('against', state.against)
  }
  const text = params.toString()
  return text ? `?${text}` : ''
}

const yearOf = (text: string | null) => (text && /^\d{4}$/.test(text) ? Number(text) : null)

/** Reads a URL's search parameters; anything unreadable falls back to the default, never throws. */
export function fromSearch(search: string): UiState {
  const params = new URLSearchParams(search)
  const indicator = params.get('indicator')
  const classes = params.get('classes') as MapClassification | null
  const view = params.get('view') as View | null
  const commune = params.get('commune')
  const highlightText = params.get('class')
  const [latitude, longitude, zoom] = (params.get('at') ?? '').split(',').map(Number)
  const positionOk =
    latitude !== undefined &&
    longitude !== undefined &&
    zoom !== undefined &&
    Math.abs(latitude) <= 90 &&
    Math.abs(longitude) <= 180 &&
    zoom >= 0 &&
    zoom <= 22 &&
    [latitude, longitude, zoom].every(Number.isFinite) &&
    params.has('at')
  const villageIndicator = params.get('village')
  return {
    indicator: indicator && indicatorCode.test(indicator) ? indicator : null,
    year: yearOf(params.get('year')),
    classification: classes && classifications.includes(classes) ? classes : null,
    classYears: params.get('hold') === 'each' ? 'each' : (yearOf(params.get('hold')) ?? 'all'),
    playing: params.get('play') === '1',
    multiples: params.get('multiples') === '1',
    selected: commune && /^\d{5}$/.test(commune) ? commune : null,
    highlightClass: highlightText && /^\d$/.test(highlightText) ? Number(highlightText) : null,
    view: view && views.includes(view) ? view : 'map',
    language: params.get('lang') === 'en' ? 'en' : 'vi',
    position: positionOk ? { latitude, longitude, zoom } : null,
    villageIndicator: villageIndicator && indicatorCode.test(villageIndicator) ? villageIndicator : null,
    showVillages: params.get('villages') !== 'off',
    showDistricts: params.get('districts') === '1',
    basemap: params.get('basemap') === '1',
    zones: zoneKinds.filter((kind) => (params.get('zones') ?? '').split(',').includes(kind)),
    weights: readWeights(params.get('weights')),
    normalise: params.get('normalise') === 'rank' ? 'rank' : 'minmax',
    topN: readTop(params.get('top')),
    historical: params.get('historical') === '1',
    compare: readCompare(params.get('compare')),
    importId: /^\d{1,9}$/.test(params.get('import') ?? '') ? Number(params.get('import')) : null,
    indicatorFill: params.get('fill') === 'dim' ? 'dim' : params.get('fill') === 'off' ? 'off' : 'full',
    scenario: scenarioId(params.get('scenario')),
    against: params.get('scenario') ? scenarioId(params.get('against')) : null,
  }
}

const scenarioId = (text: string | null) =>
  text && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text) ? text.toLowerCase() : null

function readWeights(text: string | null): Record<string, number> | null {
  if (!text) return null
  const entries = text.split(',').map((item) => item.split(':'))
  const weights = entries
    .filter(([code, weight]) => code && indicatorCode.test(code) && Number(weight) > 0 && Number(weight) <= 100)
    .map(([code, weight]) => [code!, Number(weight)] as const)
  return weights.length > 0 && weights.length <= 20 ? Object.fromEntries(weights) : null
}

function readTop(text: string | null): number {
  const value = Number(text)
  return text && Number.isInteger(value) && value >= 1 && value <= 65 ? value : 10
}

function readCompare(text: string | null): UiState['compare'] {
  const [kind, value] = (text ?? '').split(':')
  if (kind === 'year' && value && /^\d{4}$/.test(value)) return { year: Number(value) }
  if (kind === 'indicator' && value && indicatorCode.test(value)) return { indicator: value }
  return null
}
