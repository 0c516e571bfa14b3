import type { Sql } from '../db'

export async function recordLoad(sql: Sql, geodataDir: string, summary: object): Promise<void> {
  await sql`insert into data_load (geodata_dir, summary) values (${geodataDir}, ${sql.json(summary as never)})`
}

/** Whether the data package has been loaded (the portal loads it on first start when not). */
export async function isLoaded(sql: Sql): Promise<boolean> {
  const [row] = await sql<{ loaded: boolean }[]>`select exists (select 1 from data_load) as loaded`
  return row?.loaded ?? false
}

/**
 * Fresh planner statistics for every table. PGlite has no autovacuum and PostgreSQL's comes round a
 * minute later; without statistics the planner takes the crosswalk steps of indicatorValues for one
 * row each and nests loops over them: the planner's scoreboard took 10 s instead of 1 s on PGlite.
 */
export async function refreshStatistics(sql: Sql): Promise<void> {
  await sql`analyze`
}
