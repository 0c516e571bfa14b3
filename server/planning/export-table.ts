import sources from '../../geodata/sources.json'
import type { Message } from '../message'
import type { Provenance, UnitValue } from '../sql/indicator-values'
import type { Indicator } from '../sql/indicators'
import type { Cell, Metadata } from './csv'
import { nextTarget } from './targets'

// What an export holds, the same for CSV and GeoJSON: metadata, columns and one row per commune.

export type ExportTable = { fileName: string; metadata: Metadata; columns: string[]; rows: Record<string, Cell>[] }

// The provenances as the table's rows write them, in words.
export const provenanceWords: Record<Provenance | 'none', Message> = {
  official: { vi: 'số liệu chính thức', en: 'official' },
  imported: { vi: 'số liệu nhập', en: 'imported' },
  sample: { vi: 'dữ liệu mẫu', en: 'sample' },
  none: { vi: 'không có số liệu', en: 'no value' },
}

/** How many values of each provenance, e.g. "dữ liệu mẫu: 65 / sample: 65". */
export function provenanceSummary(list: (Provenance | null)[]): Message {
  const counts = new Map<Provenance | 'none', number>()
  for (const item of list) counts.set(item ?? 'none', (counts.get(item ?? 'none') ?? 0) + 1)
  const said = (language: keyof Message) =>
    [...counts].map(([name, count]) => `${provenanceWords[name][language]}: ${count}`).join(', ')
  return { vi: said('vi'), en: said('en') }
}

/** The portal's sample values must never travel without saying so (README, "What is real and what is sample"). */
export function sampleWarning(list: (Provenance | null)[]): Metadata {
  return list.includes('sample')
    ? {
        warning: {
          vi: 'DỮ LIỆU MẪU: các giá trị ghi "sample" do phần mềm sinh ra để minh họa, không phải số liệu chính thức; không bao giờ coi là thông tin về một xã',
          en: 'SAMPLE DATA: values marked "sample" are generated for demonstration, not official figures; never read one as a fact about a commune',
        },
      }
    : {}
}

// Exports hold figures as well as boundaries, so they credit every source (in Vietnamese, the
// sources' own wording of the credit).
export const attribution = sources.map((source) => source.attribution.vi).join(' · ')

const raw = (row: UnitValue) => row.valueNumber ?? row.valueCategory ?? row.valueFlag

/** The 65 communes' values of one indicator and year, as the map shows them. */
export function indicatorTable(
  indicator: Indicator,
  year: number,
  rows: UnitValue[],
  context: { rule: Message | null; dataVersion: number },
): ExportTable {
  const target = nextTarget(indicator.targets, year)
  const provenances = rows.map((row) => row.provenance)
  const valueSources = [...new Set(rows.flatMap((row) => (row.source ? [row.source] : [])))]
  return {
    fileName: `lang-son-${indicator.code}-${year}`,
    metadata: {
      title: { vi: `Lạng Sơn: ${indicator.nameVi}, ${year}`, en: `Lạng Sơn: ${indicator.nameEn}, ${year}` },
      what: {
        vi: 'Giá trị của một chỉ tiêu ở từng xã, phường trong 65 xã, phường (đơn vị từ 1/7/2025), và so với mục tiêu cấp xã kế tiếp của kế hoạch (NQ 58-NQ/TU)',
        en: 'The value of one indicator for each of the 65 communes and wards (units from 1 July 2025), and how it stands against the next commune target of the plan (NQ 58-NQ/TU)',
      },
      indicator: indicator.code,
      unit: indicator.unit,
      year,
      ...(context.rule
        ? {
            rule: {
              vi: `giá trị của các đơn vị cũ chuyển sang xã năm 2025: ${context.rule.vi}`,
              en: `values of former units carried onto the 2025 communes: ${context.rule.en}`,
            },
          }
        : {}),
      target: target
        ? {
            vi: `${target.year}: ${target.words.vi} (${target.clauseWords.vi})`,
            en: `${target.year}: ${target.words.en} (${target.clauseWords.en})`,
          }
        : { vi: 'không có mục tiêu cấp xã', en: 'no commune target' },
      provenance: provenanceSummary(provenances),
      ...sampleWarning(provenances),
      valueSources: valueSources.join(' | '),
      attribution,
      // The public data version the figures are of, not the time of the request: the same file for
      // everyone who downloads it until something public changes (issue #13 §1).
      dataVersion: context.dataVersion,
    },
    columns: [
      'code',
      'name',
      'value',
      'unit',
      'provenance',
      'source',
      'method',
      'target_year',
      'threshold',
      'gap',
      'met',
    ],
    rows: rows.map((row) => {
      const check = target ? row.targets.find((item) => item.year === target.year) : undefined
      // A status or yes/no carried from former units is a share of them, in percent.
      const carriedShare = row.method === 'crosswalk' && indicator.valueType !== 'number'
      return {
        code: row.code,
        name: row.name,
        value: raw(row),
        unit: carriedShare ? 'percent' : indicator.unit,
        provenance: row.provenance,
        source: row.source,
        method: row.method,
        target_year: target?.year ?? null,
        threshold: check?.threshold ?? null,
        gap: check?.gap ?? null,
        met: check?.met ?? null,
      }
    }),
  }
}
