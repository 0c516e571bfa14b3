import type { Sql } from '../db'

export type Settings = { hideSampleFromPublic: boolean }

/** The portal's settings (0005_imports.sql); anyone may read them, only an admin change them. */
export async function portalSettings(sql: Sql): Promise<Settings> {
  const [row] = await sql<{ hide: boolean | null }[]>`
    select (value)::boolean as hide from portal_setting where key = 'hide_sample_from_public'`
  return { hideSampleFromPublic: row?.hide ?? false }
}

export async function setHideSample(sql: Sql, hide: boolean, username: string): Promise<void> {
  await sql`
    update portal_setting set value = ${sql.json(hide)}, updated_by = ${username}, updated_at = now()
    where key = 'hide_sample_from_public'`
}
