import type { Sql } from '../db'
import type { Bbox } from './feature-pages'
import { type DefenceLayer, defenceLayers } from './layer-pages'

// The spatial extent of each OGC collection (issue #13 §3), from the geometry itself; null when the
// collection has no geometry (the 2021 and 2024 lists) or, for a caller without the border role,
// nothing at all.

type Row = { west: number | null; south: number | null; east: number | null; north: number | null }
const bboxOf = (row: Row | undefined): Bbox | null =>
  row && row.west !== null && row.south !== null && row.east !== null && row.north !== null
    ? [row.west, row.south, row.east, row.north]
    : null
const sides = (sql: Sql, extent: ReturnType<Sql>) => sql`
  select round(st_xmin(e)::numeric, 6)::float8 as west, round(st_ymin(e)::numeric, 6)::float8 as south,
    round(st_xmax(e)::numeric, 6)::float8 as east, round(st_ymax(e)::numeric, 6)::float8 as north
  from (select ${extent} as e) extent`

export async function unitExtent(sql: Sql, level: string, vintage: string): Promise<Bbox | null> {
  const [row] = await sql<
    Row[]
  >`${sides(sql, sql`(select st_extent(geom) from unit where level = ${level} and vintage = ${vintage})`)}`
  return bboxOf(row)
}

export async function villageExtent(sql: Sql): Promise<Bbox | null> {
  const [row] = await sql<Row[]>`${sides(sql, sql`(select st_extent(geom) from village)`)}`
  return bboxOf(row)
}

export async function borderLineExtent(sql: Sql): Promise<Bbox | null> {
  const [row] = await sql<Row[]>`${sides(sql, sql`(select st_extent(geom) from border_line where kind = 'derived')`)}`
  return bboxOf(row)
}

export async function defenceExtent(sql: Sql, layer: DefenceLayer): Promise<Bbox | null> {
  const collection = await defenceLayers[layer](sql)
  const [row] = await sql<Row[]>`${sides(
    sql,
    sql`(select st_extent(st_geomfromgeojson(item ->> 'geometry'))
      from json_array_elements((${collection}::text::json) -> 'features') as list(item))`,
  )}`
  return bboxOf(row)
}
