import sources from '../../geodata/sources.json'
import type { IndicatorLayer as ShownLayer } from '../../web/api'
import { buildChoropleth, defaultClassification } from '../../web/choropleth'
import { formatValue } from '../../web/format'
import { en } from '../../web/i18n/en'
import { vi } from '../../web/i18n/vi'
import { legendEntries } from '../../web/legend-entries'
import { noDataColour } from '../../web/palette'
import type { Message } from '../message'
import { provenanceSummary } from '../planning/export-table'
import type { MapFigure, ReportFigures } from '../sql/report-figures'
import type { Block } from './blocks'
import { type CommuneFill, mapPng, mapSvg, scaleBarKm } from './map-image'
import { type Language, words } from './report-words'

// A map for each headline indicator, as the portal's map shows it for the report's year: the same
// values (/api/indicators/:code/values), the same classes, colours and legend words (the web's pure
// web/choropleth.ts and web/legend-entries.ts, run here rather than copied: a second copy of the
// classes would drift from the screen), the default classification the map opens with.

const texts = { vi, en }
const boundaries = sources.find((source) => source.id === 'bando2025')!

const mapNote: Message = {
  vi: `Thanh tỷ lệ: ${scaleBarKm} km, chia 4 đoạn; mũi tên chỉ hướng bắc; nét đứt: đường biên giới (tham khảo). Ranh giới 65 xã, phường từ ngày 1/7/2025.`,
  en: `Scale bar: ${scaleBarKm} km in 4 parts; the arrow points north; dashed: the border line (indicative). Boundaries of the 65 communes and wards from 1 July 2025.`,
}

type Row = NonNullable<MapFigure['layer']['communes']>[number]
const raw = (row: Row) => row.valueNumber ?? row.valueCategory ?? row.valueFlag

function mapBlocks(figure: MapFigure, figures: ReportFigures, number: number, language: Language): Block[] {
  const { indicator } = figure
  // The server's layer is what the API answers: the web's type of it is the same JSON.
  const layer = figure.layer as unknown as ShownLayer
  const choropleth = buildChoropleth({ layer, indicator, classification: defaultClassification(indicator) })
  const rows = figure.layer.communes ?? []
  const name = language === 'vi' ? indicator.nameVi : indicator.nameEn
  const fills = new Map<string, CommuneFill>(
    rows.map((row) => [
      row.code,
      {
        colour: choropleth.colours.get(row.code) ?? noDataColour,
        title: `${row.name}: ${formatValue(raw(row), choropleth.unit, language)}`,
      },
    ]),
  )
  const drawing = mapSvg(figures.outlines, fills, noDataColour)
  const provenances = rows.map((row) => row.provenance)
  const cited = [...new Set(rows.filter((row) => row.provenance !== 'sample' && row.source).map((row) => row.source!))]
  const notes = [
    choropleth.target
      ? language === 'vi'
        ? `Mục tiêu cấp xã năm ${choropleth.target.year}: ${choropleth.target.words.vi}.`
        : `Commune target for ${choropleth.target.year}: ${choropleth.target.words.en}.`
      : '',
    figure.layer.rule
      ? language === 'vi'
        ? `Giá trị của các đơn vị cũ chuyển sang xã năm 2025: ${figure.layer.rule.vi}.`
        : `Values of former units carried onto the 2025 communes: ${figure.layer.rule.en}.`
      : '',
    `${language === 'vi' ? 'Nguồn gốc số liệu' : 'Provenance of the values'}: ${provenanceSummary(provenances)[language]}.`,
    `${language === 'vi' ? 'Nguồn' : 'Sources'}: ${boundaries.attribution[language]}${cited.length > 0 ? `; ${cited.join('; ')}` : ''}.`,
    mapNote[language],
  ].filter((note) => note !== '')
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: `3.${number}. ${name}` },
    {
      kind: 'map',
      svg: drawing.svg,
      png: mapPng(drawing.svg),
      aspect: drawing.aspect,
      caption:
        language === 'vi'
          ? `Hình ${number}. ${name}, năm ${figures.year}`
          : `Figure ${number}. ${name}, ${figures.year}`,
      legend: legendEntries(choropleth, texts[language], language),
      notes,
    },
  ]
  if (provenances.includes('sample')) blocks.push({ kind: 'warning', text: words.sampleWarning[language] })
  return blocks
}

export function mapSection(figures: ReportFigures, language: Language): Block[] {
  return [
    { kind: 'heading', level: 1, text: words.maps[language] },
    ...figures.maps.flatMap((figure, index) => mapBlocks(figure, figures, index + 1, language)),
  ]
}
