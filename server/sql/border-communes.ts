import type { Sql } from '../db'

/**
 * Marks the communes on the border (2025 and 2008–2019) after a load: `unit.border_km` from the
 * rule in border_lengths() (0013_allocation_scenarios.sql), null for every other unit; and measures
 * each 2025 commune's and each village's distance to the line (`border_m`, border_distances() in
 * 0015_border_distances.sql), which the near-border list filters on. Run inside the load's
 * transaction, after the units, the villages and the border line are written.
 */
export async function markBorderCommunes(sql: Sql): Promise<number> {
  await sql`update unit set border_km = null, border_m = null where border_km is not null or border_m is not null`
  const marked = await sql`update unit u set border_km = b.km from border_lengths() b where b.unit_id = u.id`
  await sql`create temporary table measured on commit drop as select * from border_distances()`
  await sql`update unit u set border_m = m.metres from measured m where m.kind = 'commune' and m.id = u.id`
  await sql`update village v set border_m = m.metres from measured m where m.kind = 'village' and m.id = v.id`
  await sql`drop table measured`
  return marked.count
}
