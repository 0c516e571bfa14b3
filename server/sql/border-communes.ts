import type { Sql } from '../db'

/**
 * Marks the communes on the border (2025 and 2008–2019) after a load: `unit.border_km` from the
 * rule in border_lengths() (0013_allocation_scenarios.sql), null for every other unit. Run inside
 * the load's transaction, after the units and the border line are written.
 */
export async function markBorderCommunes(sql: Sql): Promise<number> {
  await sql`update unit set border_km = null where border_km is not null`
  const marked = await sql`update unit u set border_km = b.km from border_lengths() b where b.unit_id = u.id`
  return marked.count
}
