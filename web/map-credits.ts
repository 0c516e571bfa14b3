import sources from '../geodata/sources.json'
import type { Language } from './format'

/**
 * The credits of the data the map draws, in the page's language: every source in
 * geodata/sources.json that feeds a map layer (figures carry their own source in the detail
 * panel, and every source is on the methodology page). `short` for the map's ⓘ, `attribution`
 * for the exported image. CC BY (GeoNames) and ODbL (OpenStreetMap) require these credits.
 */
export function mapCredits(language: Language, form: 'short' | 'attribution'): string[] {
  return sources.filter((source) => source.layers.length > 0).map((source) => source[form][language])
}
