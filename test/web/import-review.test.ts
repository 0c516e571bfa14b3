import { describe, expect, test } from 'vitest'
import type { ImportChange } from '../../web/api'
import { changedCommuneColours, changesOfKinds, correctionYears, kindColours } from '../../web/import-review'

const change = (code: string, kind: ImportChange['kind'], vintage = '2025', row = 2): ImportChange => ({
  row,
  sheet: null,
  indicator: 'forest_cover',
  code,
  name: `Xã ${code}`,
  vintage,
  year: 2025,
  before: null,
  after: 60,
  kind,
  document: 'Báo cáo 1/BC',
})

describe('reviewing an import', () => {
  test('a commune takes the colour of its strongest change, and 2021-list rows stay off the 2025 map', () => {
    const colours = changedCommuneColours([
      change('06001', 'unchanged'),
      change('06001', 'changed'),
      change('06004', 'new'),
      change('06004', 'unchanged'),
      change('06007', 'unchanged'),
      change('06010', 'changed', '2021'),
    ])
    expect(Object.fromEntries(colours)).toEqual({
      '06001': kindColours.changed,
      '06004': kindColours.new,
      '06007': kindColours.unchanged,
    })
  })

  test('the change list keeps file order and only the chosen kinds', () => {
    const changes = [
      change('06001', 'new', '2025', 2),
      change('06004', 'unchanged', '2025', 3),
      change('06007', 'changed', '2025', 4),
    ]
    expect(changesOfKinds({ changes }, ['changed', 'new']).map((item) => item.row)).toEqual([2, 4])
    expect(changesOfKinds({ changes }, [])).toEqual([])
  })

  test('a correction is offered only for the years its commune list holds', () => {
    expect(correctionYears('2025', new Date('2026-11-26'))).toEqual([2025, 2026])
    expect(correctionYears('2025', new Date('2024-01-01'))).toEqual([2025])
    expect(correctionYears('2021')).toEqual([2021, 2022, 2023, 2024])
    expect(correctionYears('2019')).toEqual([2015, 2016, 2017, 2018, 2019])
  })
})
