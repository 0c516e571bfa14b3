import type { Sql } from '../db'

export type DownloadCount = { day: string; file: string; count: number }

/** Adds a process's tally to the counts (as the database owner: the public has no write on it). */
export async function addDownloads(sql: Sql, counts: DownloadCount[]): Promise<void> {
  if (counts.length === 0) return
  await sql`
    insert into audit.public_download (day, file, count)
    select day::date, file, count::bigint
    from jsonb_to_recordset(${sql.json(counts as never)}::jsonb) as added(day text, file text, count integer)
    on conflict (day, file) do update set count = audit.public_download.count + excluded.count`
}

/** The public's downloads per day and file within the dates (inclusive), newest day first; admins only (row-level security). */
export async function downloadCounts(sql: Sql, range: { since?: string; until?: string }): Promise<DownloadCount[]> {
  return sql<DownloadCount[]>`
    select to_char(day, 'YYYY-MM-DD') as day, file, count::integer as count
    from audit.public_download
    where (${range.since ?? null}::date is null or day >= ${range.since ?? null}::date)
      and (${range.until ?? null}::date is null or day <= ${range.until ?? null}::date)
    order by day desc, count desc, file
    limit 1000`
}
