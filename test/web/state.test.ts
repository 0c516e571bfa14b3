import { describe, expect, test } from 'vitest'
import {
  chooseClassification,
  chooseIndicator,
  chooseYear,
  fromSearch,
  highlight,
  initialState,
  openImport,
  playStep,
  setPlaying,
  toggleMultiples,
  toSearch,
  type UiState,
} from '../../web/state'

describe('the UI state in the address', () => {
  test('round-trips a full view', () => {
    const view: UiState = {
      ...initialState,
      indicator: 'cultural_house',
      year: 2023,
      classification: 'jenks',
      classYears: 2021,
      playing: true,
      multiples: true,
      selected: '06040',
      highlightClass: 2,
      view: 'table',
      language: 'en',
      position: { latitude: 21.8537, longitude: 106.7612, zoom: 9.25 },
      villageIndicator: 'village_road_hardened',
      showDistricts: true,
      basemap: true,
      zones: ['border_belt', 'gates'],
      weights: { poverty_rate: 2, cultural_house: 0.5 },
      normalise: 'rank',
      topN: 15,
      historical: true,
      compare: { indicator: 'forest_cover' },
    }
    expect(fromSearch(toSearch(view))).toEqual(view)
  })

  test('leaves defaults out of the address', () => {
    expect(toSearch(initialState)).toBe('')
    expect(fromSearch('')).toEqual(initialState)
  })

  test('the import under review is in the address only on the import page', () => {
    const reviewing = openImport(initialState, 42)
    expect(toSearch(reviewing)).toBe('?view=import&import=42')
    expect(fromSearch(toSearch(reviewing))).toEqual(reviewing)
    expect(toSearch({ ...reviewing, view: 'map' })).toBe('')
    expect(fromSearch('?view=import&import=4x2').importId).toBeNull()
  })

  test('hiding the villages is kept apart from their indicator', () => {
    const hidden = { ...initialState, showVillages: false, villageIndicator: 'cultural_house' }
    expect(fromSearch(toSearch(hidden))).toEqual(hidden)
  })

  test('ignores what it cannot read instead of failing', () => {
    const state = fromSearch(
      '?indicator=DROP%20TABLE&year=20x5&classes=magic&commune=123&at=999,1,2&lang=fr&view=nonsense&class=x',
    )
    expect(state).toEqual(initialState)
  })
})

describe('updaters', () => {
  test('choosing an indicator resets its classification, held breaks and highlighted class', () => {
    const before = {
      ...initialState,
      indicator: 'forest_cover',
      classification: 'equal' as const,
      classYears: 2022,
      highlightClass: 1,
    }
    expect(chooseIndicator(before, 'poverty_rate')).toMatchObject({
      indicator: 'poverty_rate',
      classification: null,
      classYears: 'all',
      highlightClass: null,
    })
  })

  test('choosing a classification releases breaks held at one year, and keeps classes of each year', () => {
    expect(chooseClassification({ ...initialState, classYears: 2021 }, 'quantile').classYears).toBe('all')
    expect(chooseClassification({ ...initialState, classYears: 'each' }, 'jenks').classYears).toBe('each')
  })

  test('clicking the highlighted class again clears it', () => {
    const once = highlight(initialState, 3)
    expect(once.highlightClass).toBe(3)
    expect(highlight(once, 3).highlightClass).toBeNull()
  })
})

describe('the years on one axis (issue 12)', () => {
  test('the year, play and the small multiples are in the address; classes fixed across years are the default', () => {
    const view = toggleMultiples(setPlaying({ ...initialState, indicator: 'forest_cover' }, true, 2022))
    expect(toSearch(view)).toBe('?indicator=forest_cover&year=2022&play=1&multiples=1')
    expect(fromSearch(toSearch(view))).toEqual(view)
    expect(fromSearch('?year=2024').classYears).toBe('all')
  })

  test('classes of each year, or held at one year as older links say, survive the address', () => {
    expect(fromSearch(toSearch({ ...initialState, classYears: 'each' })).classYears).toBe('each')
    expect(fromSearch('?hold=2024').classYears).toBe(2024)
    expect(fromSearch('?hold=sometimes&play=yes&multiples=2')).toEqual(initialState)
  })

  test('a year chosen by hand stops play; play steps on and stops at the end', () => {
    const playing = setPlaying(initialState, true, 2021)
    expect(chooseYear(playing, 2024)).toMatchObject({ year: 2024, playing: false })
    expect(playStep(playing, 2022)).toMatchObject({ year: 2022, playing: true })
    expect(playStep({ ...playing, year: 2026 }, null)).toMatchObject({ year: 2026, playing: false })
  })
})
