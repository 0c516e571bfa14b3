import type { IndicatorKind } from './cell-values'
import type { Message } from './problem'

// The indicators an upload may name (server/sql/import-checks.ts reads them), and why some are refused.

export type CatalogueEntry = IndicatorKind & { measuredAt: 'commune' | 'village' | 'province' }
export type Catalogue = Map<string, CatalogueEntry>

/** Why an indicator of the catalogue cannot be imported per commune, or undefined when it can. */
export function refusedIndicator(entry: CatalogueEntry): Message | undefined {
  if (entry.code === 'population')
    return {
      vi: 'Dân số là số liệu tổng điều tra chính thức, không nhập qua tệp.',
      en: 'population is the official census figure and is not imported from files.',
    }
  if (entry.measuredAt === 'province')
    return {
      vi: `${entry.code} là chỉ tiêu cấp tỉnh: chỉ nhập số liệu theo xã.`,
      en: `${entry.code} is a province figure: only per-commune values are imported.`,
    }
  return undefined
}

export const unknownIndicator = (text: string): Message => ({
  vi: `Không có chỉ tiêu mã "${text.slice(0, 60)}" (xem danh mục chỉ tiêu trong mẫu nhập).`,
  en: `There is no indicator with code "${text.slice(0, 60)}" (see the indicator list in the template).`,
})
