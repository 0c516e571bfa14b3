import type { ExpressionSpecification, FillLayerSpecification, LineLayerSpecification } from 'maplibre-gl'

// Pure MapLibre layer specs for the communes source (GeoJSON of the 65 communes of 2025, each with
// a `code` property). Stable ids; constant paint in named constants.

export const communeSource = 'communes'
export const communeFillId = 'communes-fill'

const outlineColour = '#ffffff'
const selectedColour = '#111827'
const hoverColour = '#374151'
const highlightColour = '#f59e0b'

/**
 * How strongly the indicator colours the communes: full, dimmed or hidden (still answering the
 * pointer), so that the defence layers drawn over it stay readable (issue 10 §5).
 */
export const fillOpacities = { full: 0.85, dim: 0.3, off: 0 } as const

/** `colours` maps commune codes to their class colour; communes missing from it get `noData`. */
export function communeFillLayer(
  colours: Map<string, string>,
  noData: string,
  opacity: number = fillOpacities.full,
): FillLayerSpecification {
  const pairs = [...colours.entries()].flat()
  const colour: ExpressionSpecification | string =
    pairs.length > 0 ? (['match', ['get', 'code'], ...pairs, noData] as unknown as ExpressionSpecification) : noData
  return {
    id: communeFillId,
    type: 'fill',
    source: communeSource,
    paint: { 'fill-color': colour, 'fill-opacity': opacity },
  }
}

export function communeOutlineLayer(): LineLayerSpecification {
  return {
    id: 'communes-outline',
    type: 'line',
    source: communeSource,
    paint: { 'line-color': outlineColour, 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.5, 12, 1.5] },
  }
}

const byCodes = (codes: string[]): ExpressionSpecification => ['in', ['get', 'code'], ['literal', codes]]

/** The communes of a legend class the user clicked. */
export function classHighlightLayer(codes: string[]): LineLayerSpecification {
  return {
    id: 'communes-class-highlight',
    type: 'line',
    source: communeSource,
    filter: byCodes(codes),
    paint: { 'line-color': highlightColour, 'line-width': 3 },
  }
}

export function hoverLayer(code: string | null): LineLayerSpecification {
  return {
    id: 'communes-hover',
    type: 'line',
    source: communeSource,
    filter: byCodes(code ? [code] : []),
    paint: { 'line-color': hoverColour, 'line-width': 2 },
  }
}

export function selectionLayer(code: string | null): LineLayerSpecification {
  return {
    id: 'communes-selected',
    type: 'line',
    source: communeSource,
    filter: byCodes(code ? [code] : []),
    paint: { 'line-color': selectedColour, 'line-width': 3.5 },
  }
}
