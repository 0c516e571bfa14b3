import { headerNames } from './columns'
import { limits } from './limits'
import type { Cell } from './sheet'

// The template a department fills: the units of the year's list with their official names, one
// row per unit (wide: a column per indicator) or per unit and indicator (long), values left empty.

export type TemplateIndicator = { code: string; nameVi: string; nameEn: string; unit: string; valueType: string }
export type TemplateRequest = {
  units: { code: string; name: string }[]
  indicators: TemplateIndicator[]
  year: number
  vintage: string
  layout: 'long' | 'wide'
}

// The guide's lines are in both languages, Vietnamese first (issue 10 §3).
const valueHelp: Record<string, string> = {
  percent: '0–100; 12,5 hoặc / or 12.5',
  count: 'số nguyên / whole number ≥ 0',
  status: 'I, II, III hoặc / or none (KV III, Khu vực III)',
  flag: 'có/không, yes/no, x, 1/0',
}
const help = (indicator: TemplateIndicator) => valueHelp[indicator.unit] ?? 'số / number ≥ 0'

/** The header row and the pre-filled rows. */
export function templateTable(request: TemplateRequest): Cell[][] {
  const { units, indicators, year, vintage } = request
  if (request.layout === 'wide')
    return [
      ['unit_code', 'unit_name', 'vintage', 'year', ...indicators.map((indicator) => indicator.code), 'document'],
      ...units.map((unit) => [unit.code, unit.name, vintage, year, ...indicators.map(() => null), null]),
    ]
  return [
    ['unit_code', 'unit_name', 'vintage', 'indicator', 'year', 'value', 'document'],
    ...units.flatMap((unit) =>
      indicators.map((indicator) => [unit.code, unit.name, vintage, indicator.code, year, null, null]),
    ),
  ]
}

/** What the template's notes say: the columns, the names accepted for each, the values, the limits. */
export function templateGuide(request: TemplateRequest): string[] {
  return [
    `Mẫu nhập số liệu chính thức / Template for official figures — năm / year ${request.year}, danh mục đơn vị / unit list ${request.vintage}`,
    'Điền giá trị, để trống ô chưa có số liệu / Fill in the values; leave a cell empty where there is no figure.',
    'document: văn bản nguồn (số, ngày) nếu khác với văn bản nhập khi tải lên / the source document, if not the one given at upload.',
    ...Object.values(headerNames).map((names) => `Cột / column ${names[0]}: nhận / accepted ${names.join(', ')}`),
    ...request.indicators.map(
      (indicator) => `${indicator.code}: ${indicator.nameVi} / ${indicator.nameEn} (${help(indicator)})`,
    ),
    `Giới hạn / limits: ≤ 5 MB, ≤ ${limits.dataRows} dòng / rows, ≤ ${limits.columns} cột / columns; CSV: UTF-8, UTF-16, Windows-1258; dấu phân cách , ; hoặc tab.`,
  ]
}
