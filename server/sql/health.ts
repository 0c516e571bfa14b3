import type { Sql } from '../db'

export async function postgisVersion(sql: Sql): Promise<string> {
  const [row] = await sql<{ version: string }[]>`select postgis_lib_version() as version`
  return row?.version ?? 'unknown'
}
