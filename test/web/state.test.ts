import { describe, expect, test } from 'vitest'
import {
  chooseClassification,
  chooseIndicator,
  fromSearch,
  highlight,
  initialState,
  openImport,
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
      holdYear: 2021,
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
      holdYear: 2022,
      highlightClass: 1,
    }
    expect(chooseIndicator(before, 'poverty_rate')).toMatchObject({
      indicator: 'poverty_rate',
      classification: null,
      holdYear: null,
      highlightClass: null,
    })
  })

  test('choosing a classification releases held breaks', () => {
    expect(chooseClassification({ ...initialState, holdYear: 2021 }, 'quantile').holdYear).toBeNull()
  })

  test('clicking the highlighted class again clears it', () => {
    const once = highlight(initialState, 3)
    expect(once.highlightClass).toBe(3)
    expect(highlight(once, 3).highlightClass).toBeNull()
  })
})
