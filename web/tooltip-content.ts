import type { TooltipContent } from './components/tooltip'
import type { Language } from './format'
import { indicatorName, type Text } from './i18n/text'
import { communeFillId } from './layers/communes'
import type { VillagePoint } from './layers/places'
import { gateLayerId, restrictedFillId } from './layers/zones'
import type { MapPick } from './map/map-view'
import type { IndicatorScene } from './use-indicator-scene'

type Input = {
  hover: { pick: MapPick; x: number; y: number } | null
  hoveredVillage: { point: VillagePoint; x: number; y: number } | null
  scene: IndicatorScene
  text: Text
  language: Language
}

/** A gate's mode in words ("road" in the data: "Cửa khẩu đường bộ"); an unknown mode as the data says it. */
const gateMode = (mode: string, text: Text) => text.gateModes[mode as keyof Text['gateModes']] ?? mode

/** What the pointer is over, in words: a village and its flag, a gate, a zone, or a commune and its value. */
export function tooltipFor({ hover, hoveredVillage, scene, text, language }: Input): TooltipContent | null {
  if (hoveredVillage) {
    const { point, x, y } = hoveredVillage
    const name = scene.villageIndicator ? indicatorName(scene.villageIndicator, language) : ''
    return {
      x,
      y,
      title: point.name,
      value: scene.flags.get(point.id) ?? null,
      unit: 'flag',
      year: scene.villageYear,
      note: `${name} · ${text.approximate}`,
    }
  }
  if (!hover?.pick) return null
  const { pick, x, y } = hover
  const properties = pick.properties
  if (pick.layer === gateLayerId) {
    return {
      x,
      y,
      title: String(properties.name),
      // The compiler's English summary, or its Vietnamese beside it in the data (border_gates.csv).
      value: String((language === 'vi' ? properties.classificationVi : properties.classification) ?? ''),
      unit: 'text',
      year: null,
      note: gateMode(String(properties.mode ?? ''), text),
    }
  }
  if (pick.layer === restrictedFillId) {
    return {
      x,
      y,
      title: String(properties.name),
      value: properties.note ? String(properties.note) : null,
      unit: 'text',
      year: null,
    }
  }
  if (pick.layer === communeFillId) {
    const row = scene.layer.data?.communes?.find((item) => item.code === properties.code)
    if (!row || !scene.choropleth) return null
    return {
      x,
      y,
      title: row.name,
      value: row.valueNumber ?? row.valueCategory ?? row.valueFlag,
      unit: scene.choropleth.unit,
      year: scene.year,
    }
  }
  return null
}
