import { type Caller, visibleLayers } from '../access'
import type { Message } from '../message'
import type { DefenceLayer } from '../sql/layer-pages'

// The OGC API – Features collections (issue #13 §3): every public layer, and the defence layers for
// callers with the border role. A collection's id is its layer's name in access.ts, so the one
// policy decides who sees it: for anyone else a defence collection does not exist.

export type CommuneVintage = '2025' | '2024' | '2021' | '2019'
export type CollectionSource =
  | { kind: 'communes'; vintage: CommuneVintage }
  | { kind: 'units'; level: 'district' | 'province'; vintage: string }
  | { kind: 'villages' }
  | { kind: 'border_line' }
  | { kind: 'defence'; layer: DefenceLayer }

export type OgcCollection = { id: string; title: Message; description: Message; source: CollectionSource }

const noPolygons = {
  vi: ' Không có ranh giới mở cho danh sách này: mỗi đơn vị là một đối tượng không có hình học (geometry null), lọc theo bbox không tìm thấy đơn vị nào.',
  en: ' No open boundaries exist for this list: each unit is a feature with a null geometry, and no bbox finds any.',
}
const values = {
  vi: ' Thuộc tính gồm giá trị đã công bố của mọi chỉ tiêu cấp xã trong năm chọn bằng datetime (mặc định năm gần nhất có số liệu), kèm nguồn gốc (_provenance), cách tính (_method) và nguồn (_source).',
  en: ' Properties hold the published value of every commune indicator in the year chosen with datetime (by default the latest year with values), with its provenance (_provenance), method (_method) and source (_source).',
}
const join = (...parts: Message[]): Message => ({
  vi: parts.map((part) => part.vi).join(''),
  en: parts.map((part) => part.en).join(''),
})

export const ogcCollections: OgcCollection[] = [
  {
    id: 'communes_2025',
    title: { vi: 'Xã, phường từ 1/7/2025', en: 'Communes from 1 July 2025' },
    description: join(
      {
        vi: '65 xã, phường của tỉnh Lạng Sơn sau sắp xếp (Nghị quyết 1672/NQ-UBTVQH15).',
        en: 'The 65 communes and wards of Lạng Sơn province after the 2025 merger (Resolution 1672/NQ-UBTVQH15).',
      },
      {
        vi: ' Giá trị các năm 2021–2024 được chuyển từ các đơn vị cũ theo quy tắc của từng chỉ tiêu.',
        en: ' Values of 2021–2024 are carried from the former units by each indicator’s rule.',
      },
      values,
    ),
    source: { kind: 'communes', vintage: '2025' },
  },
  {
    id: 'communes_2024',
    title: { vi: 'Xã, phường 12/2024–6/2025', en: 'Communes, December 2024 – June 2025' },
    description: join(
      {
        vi: '194 đơn vị cấp xã trong danh sách tháng 12/2024.',
        en: 'The 194 commune-level units of the December 2024 list.',
      },
      noPolygons,
      values,
    ),
    source: { kind: 'communes', vintage: '2024' },
  },
  {
    id: 'communes_2021',
    title: { vi: 'Xã, phường, thị trấn 2021', en: 'Communes of 2021' },
    description: join(
      {
        vi: '200 đơn vị cấp xã trong danh sách năm 2021, nơi lưu số liệu 2021–2024.',
        en: 'The 200 commune-level units of the 2021 list, where the 2021–2024 values are recorded.',
      },
      noPolygons,
      values,
    ),
    source: { kind: 'communes', vintage: '2021' },
  },
  {
    id: 'communes_2019',
    title: { vi: 'Xã, phường, thị trấn 2008–2019', en: 'Communes of 2008–2019' },
    description: join(
      {
        vi: '226 xã, phường, thị trấn với ranh giới giai đoạn 2008–2019; giá trị từ 2021 là của đơn vị năm 2021 đã sáp nhập xã đó.',
        en: 'The 226 communes with their 2008–2019 boundaries; values from 2021 are those of the 2021 unit that absorbed the commune.',
      },
      values,
    ),
    source: { kind: 'communes', vintage: '2019' },
  },
  {
    id: 'districts',
    title: { vi: 'Huyện, thành phố (đến 30/6/2025)', en: 'Districts (to 30 June 2025)' },
    description: {
      vi: '11 huyện, thành phố của tỉnh, còn hiệu lực đến 30/6/2025.',
      en: 'The 11 districts and the city of the province, valid until 30 June 2025.',
    },
    source: { kind: 'units', level: 'district', vintage: '2021' },
  },
  {
    id: 'province',
    title: { vi: 'Tỉnh Lạng Sơn', en: 'Lạng Sơn province' },
    description: { vi: 'Ranh giới tỉnh Lạng Sơn.', en: 'The outline of Lạng Sơn province.' },
    source: { kind: 'units', level: 'province', vintage: '2025' },
  },
  {
    id: 'villages',
    title: { vi: 'Thôn, bản', en: 'Villages' },
    description: {
      vi: 'Vị trí gần đúng của thôn, bản theo GeoNames (không phải danh sách chính thức; một số điểm lệch đến ~1,8 km).',
      en: 'Approximate village positions from GeoNames (not the official list; some are up to ~1.8 km off).',
    },
    source: { kind: 'villages' },
  },
  {
    id: 'border_line',
    title: { vi: 'Đường biên giới (tham khảo)', en: 'Border line (indicative)' },
    description: {
      vi: 'Đường biên giới Việt Nam – Trung Quốc mang tính tham khảo, suy ra từ ranh giới tỉnh; không phải đường biên giới chính thức.',
      en: 'The indicative Vietnam–China border line, derived from the province boundary; not the official line.',
    },
    source: { kind: 'border_line' },
  },
  {
    id: 'border_belt',
    title: { vi: 'Vành đai biên giới (hạn chế)', en: 'Border belt (restricted)' },
    description: {
      vi: 'Dải đất trong tỉnh cách đường biên giới tham khảo một độ rộng đã cấu hình.',
      en: 'The strip of the province within the configured width of the indicative border line.',
    },
    source: { kind: 'defence', layer: 'border_belt' },
  },
  {
    id: 'border_area',
    title: { vi: 'Xã khu vực biên giới (hạn chế)', en: 'Border-area communes (restricted)' },
    description: {
      vi: 'Các xã năm 2025 và 2008–2019 có ít nhất 0,5 km đường biên giới tham khảo trong phạm vi 200 m.',
      en: 'The 2025 and 2008–2019 communes with at least 0.5 km of the indicative border line within 200 m.',
    },
    source: { kind: 'defence', layer: 'border_area' },
  },
  {
    id: 'border_gates',
    title: { vi: 'Cửa khẩu (hạn chế)', en: 'Border gates (restricted)' },
    description: {
      vi: 'Cửa khẩu biên giới; cửa khẩu chưa xác định vị trí có hình học null.',
      en: 'Border gates; a gate without a known position has a null geometry.',
    },
    source: { kind: 'defence', layer: 'border_gates' },
  },
  {
    id: 'restricted_zones',
    title: { vi: 'Vùng hạn chế (hạn chế)', en: 'Restricted zones (restricted)' },
    description: {
      vi: 'Các vùng hạn chế do cán bộ biên phòng vẽ hoặc tải lên.',
      en: 'Restricted zones drawn or uploaded by border staff.',
    },
    source: { kind: 'defence', layer: 'restricted_zones' },
  },
]

/** The collections this caller may see, in the catalogue's order. */
export function visibleCollections(caller: Caller): OgcCollection[] {
  const visible = new Set(visibleLayers(caller))
  return ogcCollections.filter((collection) => visible.has(collection.id))
}

/** A collection this caller may see; undefined for one that does not exist or is hidden from them alike. */
export const visibleCollection = (caller: Caller, id: string): OgcCollection | undefined =>
  visibleCollections(caller).find((collection) => collection.id === id)
