import type { Sql } from '../db'

// The shapes of the progress report's maps (issue 11 §1), drawn on the server without a browser:
// SVG path data made by PostGIS from the 2025 communes, the province and the border line, projected
// to UTM zone 48N (EPSG:32648; Lạng Sơn lies between 106° and 107.5° E, inside the zone's
// 102–108° E), so the shapes keep their true proportions and a scale bar can be drawn. ST_AsSVG
// writes y downwards (−northing), as SVG expects; coordinates are whole metres.

export type Extent = { x: number; y: number; width: number; height: number }
export type ReportOutlines = {
  /** The province's box in SVG coordinates (metres east, metres south as negative northing). */
  extent: Extent
  communes: { code: string; name: string; path: string }[]
  province: string
  border: string | null
}

const projected = 32648

/** The simplified coverage (geom_low, simplified together at load time: neighbours still meet). */
export async function reportOutlines(sql: Sql): Promise<ReportOutlines> {
  const communes = await sql<{ code: string; name: string; path: string }[]>`
    select code, name, st_assvg(st_transform(geom_low, ${projected}::int), 0, 0) as path
    from unit where level = 'commune' and vintage = '2025' and geom_low is not null
    order by code`
  const [province] = await sql<{ path: string; x: number; y: number; width: number; height: number }[]>`
    select st_assvg(shape, 0, 0) as path, st_xmin(shape)::float8 as x, (-st_ymax(shape))::float8 as y,
      (st_xmax(shape) - st_xmin(shape))::float8 as width, (st_ymax(shape) - st_ymin(shape))::float8 as height
    from (select st_transform(geom_low, ${projected}::int) as shape
      from unit where level = 'province' and vintage = '2025' and geom_low is not null limit 1) as p`
  const [border] = await sql<{ path: string }[]>`
    select st_assvg(st_transform(geom_low, ${projected}::int), 0, 0) as path from border_line where kind = 'derived'`
  if (!province) throw new Error('the 2025 province has no outline: is the data package loaded?')
  const { path, ...extent } = province
  return { extent, communes, province: path, border: border?.path ?? null }
}
