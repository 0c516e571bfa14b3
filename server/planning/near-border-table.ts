import type { NearBorder } from '../sql/zones'
import type { Cell } from './csv'
import { attribution, type ExportTable } from './export-table'

/**
 * The border officer's list of villages (with their latest flags) or communes within a distance of
 * the border line, as a table for the CSV export: the same places and order as the page shows.
 * Restricted like the list itself: the file says so in its first lines.
 */
export function nearBorderTable(
  request: { level: 'village' | 'commune'; withinKm: number },
  places: NearBorder[],
  exportedAt: Date,
): ExportTable {
  const flagCodes = [...new Set(places.flatMap((place) => Object.keys(place.flags ?? {})))].sort()
  const columns =
    request.level === 'village'
      ? ['village_id', 'village', 'commune_code', 'commune', 'distance_km', ...flagCodes]
      : ['commune_code', 'commune', 'distance_km']
  const rows = places.map((place): Record<string, Cell> => {
    const flags = Object.fromEntries(flagCodes.map((code) => [code, place.flags?.[code] ?? null]))
    return request.level === 'village'
      ? {
          village_id: place.id,
          village: place.name,
          commune_code: place.communeCode,
          commune: place.communeName,
          distance_km: place.distanceKm,
          ...flags,
        }
      : { commune_code: place.code, commune: place.name, distance_km: place.distanceKm }
  })
  const distance = String(request.withinKm).replace('.', ',')
  return {
    fileName: `lang-son-near-border-${request.level}-${request.withinKm}km`,
    metadata: {
      title:
        request.level === 'village'
          ? {
              vi: `Lạng Sơn: thôn trong vòng ${distance} km từ đường biên giới`,
              en: `Lạng Sơn: villages within ${request.withinKm} km of the border line`,
            }
          : {
              vi: `Lạng Sơn: xã trong vòng ${distance} km từ đường biên giới`,
              en: `Lạng Sơn: communes within ${request.withinKm} km of the border line`,
            },
      what: {
        vi: 'Khoảng cách tới đường biên giới tham khảo; cột chỉ tiêu thôn là giá trị năm mới nhất (yes/no)',
        en: "Distance to the indicative border line; the village indicators' columns hold their latest year (yes/no)",
      },
      warning: {
        vi: 'TÀI LIỆU HẠN CHẾ: chỉ dành cho cán bộ biên phòng; đường biên giới là tham khảo, không phải đường biên giới chính thức',
        en: 'RESTRICTED: for border staff only; the border line is indicative, not the official boundary',
      },
      attribution,
      exportedAt: exportedAt.toISOString(),
    },
    columns,
    rows,
  }
}
