import type { Sql } from '../db'
import type { CheckedUpload } from '../imports/check-upload'
import { type Before, type Counts, type Kind, valueColumns } from '../imports/preview'
import { jsonRows } from './json-rows'

export type BatchStatus = 'draft' | 'published' | 'discarded' | 'rolled_back'
export type BatchSummary = Counts & { rows: number; versions?: number; rolledBack?: number; skipped?: number }
export type Batch = {
  id: number
  fileName: string
  checksum: string
  sizeBytes: number
  format: 'csv' | 'xlsx'
  layout: 'long' | 'wide'
  encoding: string
  status: BatchStatus
  document: string | null
  uploadedBy: string
  uploadedAt: string
  publishedBy: string | null
  publishedAt: string | null
  discardedBy: string | null
  discardedAt: string | null
  rolledBackBy: string | null
  rolledBackAt: string | null
  /** Counted at upload; publishing adds versions, rolling back rolledBack and skipped. */
  summary: BatchSummary
}

const columns = (sql: Sql) => sql`id, file_name, checksum, size_bytes, format, layout, encoding, status, document,
  uploaded_by, uploaded_at, published_by, published_at, discarded_by, discarded_at, rolled_back_by, rolled_back_at, summary`

/** Stores a checked upload as a draft batch with its rows: one statement each, inside the request's transaction. */
export async function createBatch(sql: Sql, upload: CheckedUpload, username: string): Promise<number> {
  const [batch] = await sql<{ id: number }[]>`
    insert into import_batch (file_name, checksum, size_bytes, format, layout, encoding, document, uploaded_by)
    values (${upload.fileName}, ${upload.checksum}, ${upload.sizeBytes}, ${upload.format}, ${upload.layout},
      ${upload.encoding}, ${upload.document}, ${username})
    returning id`
  const rows = upload.rows.map(({ value, row, ...rest }) => ({
    ...rest,
    rowNumber: row,
    ...valueColumns(value),
  }))
  await sql`
    insert into import_row (batch_id, row_number, sheet, indicator, unit_id, year, value_number, value_category, value_flag, document)
    select ${batch!.id}, row_number, sheet, indicator, unit_id, year, value_number, value_category, value_flag, document
    from jsonb_to_recordset(${jsonRows(sql, rows)}::jsonb) as r(row_number integer, sheet text, indicator text,
      unit_id integer, year integer, value_number double precision, value_category text, value_flag boolean, document text)`
  return batch!.id
}

export async function listBatches(sql: Sql): Promise<Batch[]> {
  return sql<Batch[]>`select ${columns(sql)} from import_batch order by id desc`
}

export async function batchById(sql: Sql, id: number): Promise<Batch | undefined> {
  const [batch] = await sql<Batch[]>`select ${columns(sql)} from import_batch where id = ${id}`
  return batch
}

export type BatchRow = {
  row: number
  sheet: string | null
  indicator: string
  unitId: number
  code: string
  name: string
  vintage: string
  year: number
  valueNumber: number | null
  valueCategory: string | null
  valueFlag: boolean | null
  document: string
  before: Before
  kind: Kind | null
}

/** The rows of a batch in the order of the file. */
export async function batchRows(sql: Sql, id: number): Promise<BatchRow[]> {
  return sql<BatchRow[]>`
    select r.row_number as row, r.sheet, r.indicator, r.unit_id, u.code, u.name, u.vintage, r.year,
      r.value_number, r.value_category, r.value_flag, r.document, r.before, r.kind
    from import_row r join unit u on u.id = r.unit_id
    left join indicator i on i.code = r.indicator
    where r.batch_id = ${id}
    order by r.sheet nulls first, r.row_number, i.sort`
}

/** Fixes what each row replaced, when the batch is published. */
export async function storeBefore(
  sql: Sql,
  id: number,
  rows: { unitId: number; indicator: string; year: number; before: Before; kind: Kind }[],
) {
  await sql`
    update import_row r set before = b.before, kind = b.kind
    from jsonb_to_recordset(${jsonRows(sql, rows)}::jsonb) as b(unit_id integer, indicator text, year integer, before jsonb, kind text)
    where r.batch_id = ${id} and (r.unit_id, r.indicator, r.year) = (b.unit_id, b.indicator, b.year)`
}

/** Why a batch cannot be published, discarded or rolled back: it does not exist, or its status. */
export type BatchRefusal = { refused: 'missing' | 'status'; status?: string }

/** Marks a draft discarded (its rows stay, unseen by the public). */
export async function discardBatch(
  sql: Sql,
  id: number,
  username: string,
): Promise<{ discarded: true } | BatchRefusal> {
  const batch = await batchById(sql, id)
  if (!batch) return { refused: 'missing' }
  if (batch.status !== 'draft') return { refused: 'status', status: batch.status }
  await sql`
    update import_batch set status = 'discarded', discarded_by = ${username}, discarded_at = now()
    where id = ${id} and status = 'draft'`
  return { discarded: true }
}

/** The counts shown in the list of batches. */
export async function setSummary(sql: Sql, id: number, summary: BatchSummary): Promise<void> {
  await sql`update import_batch set summary = ${sql.json(summary)} where id = ${id}`
}
