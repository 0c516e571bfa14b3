import type { ZoneKind } from './api'
import type { Classification } from './classify'
import type { Language } from './format'

// UI state: plain, serialisable data with pure updaters, mirrored in the URL so any view can be
// shared (copy the address, open it elsewhere, get the same map). Server data never goes here.

export type View = 'map' | 'table' | 'methodology' | 'admin' | 'border'
export type MapPosition = { longitude: number; latitude: number; zoom: number }

export type UiState = {
  indicator: string | null
  year: number | null
  classification: Classification | null
  /** Breaks held at this year's values while the year changes, so colours compare over time. */
  holdYear: number | null
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
}

export const initialState: UiState = {
  indicator: null,
  year: null,
  classification: null,
  holdYear: null,
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
}

export const classifications: Classification[] = ['quantile', 'jenks', 'equal', 'target']
const views: View[] = ['map', 'table', 'methodology', 'admin', 'border']
export const zoneKinds: ZoneKind[] = ['border_belt', 'border_area', 'gates', 'restricted']
const code = /^[a-z][a-z0-9_]{0,63}$/

// ---- updaters -------------------------------------------------------------------------------

export const chooseIndicator = (state: UiState, indicator: string): UiState => ({
  ...state,
  indicator,
  classification: null,
  holdYear: null,
  highlightClass: null,
})
export const chooseYear = (state: UiState, year: number): UiState => ({ ...state, year, highlightClass: null })
export const chooseClassification = (state: UiState, classification: Classification): UiState => ({
  ...state,
  classification,
  holdYear: null,
  highlightClass: null,
})
export const holdBreaks = (state: UiState, year: number | null): UiState => ({ ...state, holdYear: year })
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

// ---- URL ------------------------------------------------------------------------------------

const round = (value: number, digits: number) => Number(value.toFixed(digits))

/** The state as URL search parameters; defaults are left out to keep links short. */
export function toSearch(state: UiState): string {
  const params = new URLSearchParams()
  if (state.indicator) params.set('indicator', state.indicator)
  if (state.year !== null) params.set('year', String(state.year))
  if (state.classification) params.set('classes', state.classification)
  if (state.holdYear !== null) params.set('hold', String(state.holdYear))
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
  const text = params.toString()
  return text ? `?${text}` : ''
}

const yearOf = (text: string | null) => (text && /^\d{4}$/.test(text) ? Number(text) : null)

/** Reads a URL's search parameters; anything unreadable falls back to the default, never throws. */
export function fromSearch(search: string): UiState {
  const params = new URLSearchParams(search)
  const indicator = params.get('indicator')
  const classes = params.get('classes') as Classification | null
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
    indicator: indicator && code.test(indicator) ? indicator : null,
    year: yearOf(params.get('year')),
    classification: classes && classifications.includes(classes) ? classes : null,
    holdYear: yearOf(params.get('hold')),
    selected: commune && /^\d{5}$/.test(commune) ? commune : null,
    highlightClass: highlightText && /^\d$/.test(highlightText) ? Number(highlightText) : null,
    view: view && views.includes(view) ? view : 'map',
    language: params.get('lang') === 'en' ? 'en' : 'vi',
    position: positionOk ? { latitude, longitude, zoom } : null,
    villageIndicator: villageIndicator && code.test(villageIndicator) ? villageIndicator : null,
    showVillages: params.get('villages') !== 'off',
    showDistricts: params.get('districts') === '1',
    basemap: params.get('basemap') === '1',
    zones: zoneKinds.filter((kind) => (params.get('zones') ?? '').split(',').includes(kind)),
  }
}
