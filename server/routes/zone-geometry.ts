import { z } from 'zod'
import { provinceBounds } from '../geodata/files'
import { bilingual, says } from './schema-words'

// A restricted zone's geometry as drawn or uploaded: a Polygon or MultiPolygon, bare or in a
// Feature or FeatureCollection (of polygons only), longitude/latitude in and around Lạng Sơn.
// Checked here so that PostGIS never sees malformed GeoJSON; returned as one MultiPolygon text.
// The caps are what a zone needs: drawn ones have tens of points, a surveyed boundary a few
// thousand. PostGIS then checks the shape (sql/zones.ts) and never repairs it (issue #9).

export const zoneCaps = { positions: 10_000, rings: 100, features: 100, bodyBytes: 1024 * 1024 } as const

const position = z
  .tuple(
    [
      z.number(says({ vi: 'tọa độ phải là số', en: 'coordinates must be numbers' })),
      z.number(says({ vi: 'tọa độ phải là số', en: 'coordinates must be numbers' })),
    ],
    says({ vi: 'mỗi điểm phải là [kinh độ, vĩ độ]', en: 'a position must be [longitude, latitude]' }),
  )
  .rest(z.number())
  .refine(
    ([lon, lat]) => Number.isFinite(lon) && Number.isFinite(lat),
    says({ vi: 'tọa độ phải là số hữu hạn', en: 'coordinates must be finite numbers' }),
  )
  .refine(
    ([lon, lat]) =>
      lon >= provinceBounds.west &&
      lon <= provinceBounds.east &&
      lat >= provinceBounds.south &&
      lat <= provinceBounds.north,
    says({
      vi: 'tọa độ phải là kinh độ/vĩ độ trong tỉnh Lạng Sơn',
      en: 'coordinates must be longitude/latitude in Lạng Sơn',
    }),
  )
const ring = z
  .array(position, says({ vi: 'mỗi vòng phải là một danh sách điểm', en: 'a ring must be a list of positions' }))
  .min(
    4,
    says({
      vi: 'mỗi vòng cần ít nhất 4 điểm (3 điểm và điểm đầu lặp lại)',
      en: 'a ring needs at least 4 positions (3 points and the first again)',
    }),
  )
  .refine(
    (points) => points.length < 4 || (points[0]![0] === points.at(-1)![0] && points[0]![1] === points.at(-1)![1]),
    says({ vi: 'mỗi vòng phải kết thúc ở điểm bắt đầu', en: 'a ring must end where it starts' }),
  )
const polygon = z
  .array(ring, says({ vi: 'mỗi đa giác phải là một danh sách vòng', en: 'a polygon must be a list of rings' }))
  .min(1, says({ vi: 'mỗi đa giác cần một vòng ngoài', en: 'a polygon needs an outer ring' }))
  .max(zoneCaps.rings, says({ vi: `có hơn ${zoneCaps.rings} vòng`, en: `has more than ${zoneCaps.rings} rings` }))

const polygonGeometry = z.object({ type: z.literal('Polygon'), coordinates: polygon })
const multiPolygonGeometry = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z
    .array(polygon)
    .min(1, says({ vi: 'cần ít nhất một đa giác', en: 'needs a polygon' }))
    .max(
      zoneCaps.rings,
      says({ vi: `có hơn ${zoneCaps.rings} đa giác`, en: `has more than ${zoneCaps.rings} polygons` }),
    ),
})
const geometry = z.discriminatedUnion(
  'type',
  [polygonGeometry, multiPolygonGeometry],
  says({ vi: 'phải là Polygon hoặc MultiPolygon', en: 'must be a Polygon or MultiPolygon' }),
)
const feature = z.object({ type: z.literal('Feature'), geometry, properties: z.unknown().optional() })
const collection = z.object({
  type: z.literal('FeatureCollection'),
  features: z
    .array(feature)
    .min(1, says({ vi: 'không có đối tượng (feature) nào', en: 'has no features' }))
    .max(
      zoneCaps.features,
      says({
        vi: `có hơn ${zoneCaps.features} đối tượng (feature)`,
        en: `has more than ${zoneCaps.features} features`,
      }),
    ),
})

type Polygons = number[][][][]
// Heights (a third number) are dropped: zones are flat, and the column is 2D.
const flat = (polygons: Polygons): Polygons =>
  polygons.map((polygon) => polygon.map((ring) => ring.map(([lon, lat]) => [lon!, lat!])))
const polygonsOf = (item: z.infer<typeof geometry>): Polygons =>
  flat(item.type === 'Polygon' ? [item.coordinates] : item.coordinates)

export const zoneGeometry = z
  .union(
    [polygonGeometry, multiPolygonGeometry, feature, collection],
    says({
      vi: 'phải là GeoJSON: Polygon, MultiPolygon, hoặc Feature hay FeatureCollection chứa chúng',
      en: 'must be GeoJSON: a Polygon, a MultiPolygon, or a Feature or FeatureCollection of them',
    }),
  )
  .transform((value, context) => {
    const polygons =
      value.type === 'FeatureCollection'
        ? value.features.flatMap((item) => polygonsOf(item.geometry))
        : value.type === 'Feature'
          ? polygonsOf(value.geometry)
          : polygonsOf(value)
    const rings = polygons.flat(1).length
    const positions = polygons.flat(2).length
    if (positions > zoneCaps.positions || rings > zoneCaps.rings) {
      context.addIssue({
        code: 'custom',
        ...bilingual({
          vi: `có ${positions.toLocaleString('vi')} điểm và ${rings.toLocaleString('vi')} vòng; một vùng được tối đa ${zoneCaps.positions.toLocaleString('vi')} điểm và ${zoneCaps.rings} vòng (kể cả lỗ): hãy đơn giản hóa ranh giới trước khi tải lên`,
          en: `has ${positions.toLocaleString('en')} positions and ${rings.toLocaleString('en')} rings; a zone may have at most ${zoneCaps.positions.toLocaleString('en')} positions and ${zoneCaps.rings} rings (holes included): simplify the boundary before uploading`,
        }),
      })
      return z.NEVER
    }
    return JSON.stringify({ type: 'MultiPolygon', coordinates: polygons })
  })
