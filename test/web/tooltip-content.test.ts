import { describe, expect, test } from 'vitest'
import { textFor } from '../../web/i18n/text'
import { gateLayerId } from '../../web/layers/zones'
import { tooltipFor } from '../../web/tooltip-content'
import type { IndicatorScene } from '../../web/use-indicator-scene'

// Issue 10 §3: the gate popup said "classification inconsistent across sources…; official status
// not verified" and "road" on the Vietnamese page. The data carries its Vietnamese (border_gates.csv).
const gate = {
  name: 'Tân Thanh',
  mode: 'road',
  classification: 'classification inconsistent across sources (…); official status not verified',
  classificationVi: 'các nguồn phân loại không thống nhất (…); chưa xác minh được cấp chính thức',
}
const popup = (language: 'vi' | 'en') =>
  tooltipFor({
    hover: { pick: { layer: gateLayerId, properties: gate }, x: 0, y: 0 },
    hoveredVillage: null,
    scene: {} as IndicatorScene,
    text: textFor(language),
    language,
  })

describe('the gate popup', () => {
  test('in Vietnamese: the class and the mode in Vietnamese', () => {
    expect(popup('vi')).toMatchObject({ title: 'Tân Thanh', value: gate.classificationVi, note: 'Cửa khẩu đường bộ' })
  })

  test('in English: the compiler’s words', () => {
    expect(popup('en')).toMatchObject({ value: gate.classification, note: 'Road crossing' })
  })
})
