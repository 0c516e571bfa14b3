import { type Message, Refusal } from '../message'
import type { ZoneGeometryProblem } from '../sql/zones'

// Why a zone's shape is refused, in both languages. ST_IsValidDetail answers with GEOS's fixed
// sentence for each of its error codes (geos TopologyValidationError): we read that sentence as the
// code it stands for and say it in our own words, never passing GEOS's English on to the user.

const reasonCodes: Record<string, string> = {
  'Repeated Point': 'repeated_point',
  'Hole lies outside shell': 'hole_outside_shell',
  'Holes are nested': 'nested_holes',
  'Interior is disconnected': 'disconnected_interior',
  'Self-intersection': 'self_intersection',
  'Ring Self-intersection': 'ring_self_intersection',
  'Nested shells': 'nested_shells',
  'Duplicate Rings': 'duplicate_rings',
  'Too few points in geometry component': 'too_few_points',
  'Invalid Coordinate': 'invalid_coordinate',
  'Ring is not closed': 'ring_not_closed',
}

const reasons: Record<string, Message> = {
  repeated_point: { vi: 'Ranh giới có điểm lặp lại', en: 'The outline repeats a point' },
  hole_outside_shell: {
    vi: 'Một lỗ của vùng nằm ngoài vòng ngoài',
    en: 'A hole of the zone lies outside its outer ring',
  },
  nested_holes: { vi: 'Một lỗ nằm bên trong một lỗ khác', en: 'One hole lies inside another hole' },
  disconnected_interior: {
    vi: 'Các lỗ cắt phần trong của vùng thành nhiều mảnh rời nhau',
    en: 'The holes cut the inside of the zone into separate pieces',
  },
  self_intersection: {
    vi: 'Ranh giới tự cắt nhau, hoặc hai phần của vùng chồng lên nhau hay chung một cạnh',
    en: 'The outline crosses itself, or two parts of the zone overlap or share an edge',
  },
  ring_self_intersection: {
    vi: 'Một vòng ranh giới tự chạm vào chính nó',
    en: 'A ring of the outline touches itself',
  },
  nested_shells: { vi: 'Một phần của vùng nằm bên trong phần khác', en: 'One part of the zone lies inside another' },
  duplicate_rings: { vi: 'Vùng có hai vòng ranh giới trùng nhau', en: 'The zone has the same ring twice' },
  too_few_points: {
    vi: 'Vùng không có diện tích: mỗi vòng cần ít nhất ba điểm khác nhau',
    en: 'The zone has no area: each ring needs at least three distinct points',
  },
  invalid_coordinate: { vi: 'Có tọa độ không phải là số', en: 'A coordinate is not a number' },
  ring_not_closed: { vi: 'Một vòng không kết thúc tại điểm bắt đầu', en: 'A ring does not end where it starts' },
  other: { vi: 'Hình dạng của vùng không hợp lệ', en: 'The shape of the zone is not valid' },
}

const fix = {
  vi: 'Hãy vẽ lại, hoặc sửa trong phần mềm GIS (ví dụ QGIS "Fix geometries") trước khi tải lên.',
  en: 'Draw it again, or fix it in a GIS (e.g. QGIS "Fix geometries") before uploading.',
}

const near = (problem: Extract<ZoneGeometryProblem, { kind: 'invalid' }>): Message => {
  if (problem.longitude === null || problem.latitude === null) return { vi: '', en: '' }
  const place = `${problem.longitude.toFixed(5)}, ${problem.latitude.toFixed(5)}`
  return { vi: ` gần điểm ${place} (kinh độ, vĩ độ)`, en: ` near ${place} (longitude, latitude)` }
}

/** The 400 answer for a geometry PostGIS found wrong. */
export function zoneRefusal(problem: ZoneGeometryProblem): Refusal {
  if (problem.kind === 'outside')
    return new Refusal(400, {
      vi: 'Hình không hợp lệ: vùng không nằm trên địa bàn Lạng Sơn.',
      en: 'Bad geometry: the zone does not overlap Lạng Sơn.',
    })
  if (problem.kind === 'too large')
    return new Refusal(400, {
      vi: 'Hình không hợp lệ: vùng rộng hơn 2.000 km².',
      en: 'Bad geometry: the zone is larger than 2,000 km².',
    })
  const reason = reasons[reasonCodes[problem.reason ?? ''] ?? 'other']!
  const where = near(problem)
  return new Refusal(400, {
    vi: `Hình không hợp lệ: ${reason.vi}${where.vi}. ${fix.vi}`,
    en: `Bad geometry: ${reason.en}${where.en}. ${fix.en}`,
  })
}
