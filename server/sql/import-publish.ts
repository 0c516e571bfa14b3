import type { Sql } from '../db'
import { valueColumns } from '../imports/preview'
import { batchChanges } from './import-preview'
import { type Batch, type BatchRefusal, batchById, storeBefore } from './imports'
import { recordValues } from './indicator-load'

// Publishing and rolling back, each one transaction (the caller's: every request runs in one,
// auth/role-scope.ts). The advisory lock makes two planners publishing or rolling back at once
// take turns, so each sees the other's versions and the batch's status as committed.

const lock = (sql: Sql) => sql`select pg_advisory_xact_lock(hashtext('lang-son-portal imports'))`

async function lockedBatch(sql: Sql, id: number, wanted: Batch['status']): Promise<Batch | BatchRefusal> {
  await lock(sql)
  const batch = await batchById(sql, id)
  if (!batch) return { refused: 'missing' }
  if (batch.status !== wanted) return { refused: 'status', status: batch.status }
  return batch
}

/** The source a published value carries: its document and the file it came in. */
export const importSource = (document: string, fileName: string) => `${document} (${fileName})`

/**
 * Writes a draft's values as new versions (provenance imported, import_id the batch, recorded_by
 * the user) and marks it published. A value the public already sees unchanged as an official or
 * imported figure is not written again, only counted. Returns the versions written.
 */
export async function publishBatch(
  sql: Sql,
  id: number,
  username: string,
): Promise<{ versions: number } | BatchRefusal> {
  const batch = await lockedBatch(sql, id, 'draft')
  if ('refused' in batch) return batch
  const changes = await batchChanges(sql, batch)
  const versions = await recordValues(
    sql,
    changes
      .filter((change) => change.kind !== 'unchanged')
      .map((change) => ({
        indicator: change.indicator,
        unitId: change.unitId,
        year: change.year,
        ...valueColumns(change.after),
        provenance: 'imported' as const,
        source: importSource(change.document, batch.fileName),
        recordedBy: username,
        importId: id,
      })),
  )
  await storeBefore(sql, id, changes)
  const counts = { new: 0, changed: 0, unchanged: 0 }
  for (const change of changes) counts[change.kind] += 1
  await sql`
    update import_batch set status = 'published', published_by = ${username}, published_at = now(),
      summary = ${sql.json({ rows: changes.length, ...counts, versions })}
    where id = ${id}`
  return { versions }
}

/**
 * Undoes a published batch by adding versions, never deleting: each version it wrote that is still
 * current gets a successor restoring the version it replaced (value, provenance and source), or a
 * withdrawn version where the import had created the value. Versions changed since are left alone
 * and counted as skipped.
 */
export async function rollbackBatch(
  sql: Sql,
  id: number,
  username: string,
): Promise<{ versions: number; skipped: number } | BatchRefusal> {
  const batch = await lockedBatch(sql, id, 'published')
  if ('refused' in batch) return batch
  const note = `rollback of import #${id}`
  await sql`
    create temp table value_restore on commit drop as
    select nextval(pg_get_serial_sequence('indicator_value', 'id')) as new_id, v.id as old_id, v.indicator, v.unit_id,
      v.village_id, v.year, p.value_number, p.value_category, p.value_flag, coalesce(p.provenance, 'imported') as provenance,
      coalesce(p.source, ${note}) as source, (p.id is null or p.withdrawn) as withdrawn
    from indicator_value v left join indicator_value p on p.superseded_by = v.id
    where v.import_id = ${id} and v.superseded_by is null`
  await sql`update indicator_value v set superseded_by = r.new_id from value_restore r where v.id = r.old_id`
  const restored = await sql`
    insert into indicator_value (id, indicator, unit_id, village_id, year, value_number, value_category, value_flag,
      provenance, source, recorded_by, note, withdrawn)
    select new_id, indicator, unit_id, village_id, year, value_number, value_category, value_flag,
      provenance, source, ${username}, ${note}, withdrawn
    from value_restore`
  await sql`drop table value_restore`
  const [{ skipped } = { skipped: 0 }] = await sql<{ skipped: number }[]>`
    select count(*)::int as skipped from indicator_value v
    where v.import_id = ${id} and not exists (
      select 1 from indicator_value n where n.id = v.superseded_by and n.note = ${note})`
  await sql`
    update import_batch set status = 'rolled_back', rolled_back_by = ${username}, rolled_back_at = now(),
      summary = summary || ${sql.json({ rolledBack: restored.count, skipped })}
    where id = ${id}`
  return { versions: restored.count, skipped }
}
