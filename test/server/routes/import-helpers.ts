import type { Sql } from '../../../server/db'
import type { sharedDatabase } from '../../database'
import { type Answer, appFor, sessionFor, testAccount } from './app'

// Uploading through the real routes, and putting the shared database back afterwards: imports
// commit (each request is its own transaction), so the tests remove what their accounts wrote.

export function importApi(database: Pick<ReturnType<typeof sharedDatabase>, 'sql' | 'kind'>) {
  const api = appFor(database)
  const upload = (cookie: string, name: string, bytes: Uint8Array, document?: string): Promise<Answer> => {
    const form = new FormData()
    form.set('file', new File([bytes as Uint8Array<ArrayBuffer>], name))
    if (document !== undefined) form.set('document', document)
    return api.request('POST', '/api/imports', { cookie, form })
  }
  return { ...api, upload }
}

/** A signed-in account with the roles: its name and session cookie. */
export async function signedIn(sql: Sql, roles: string[]) {
  const account = await testAccount(sql, roles)
  return { username: account.username, cookie: await sessionFor(sql, account.id) }
}

/** A planner's correction of 06184's forest cover in 2025 (POST /api/values, as the detail panel sends it). */
export const correctForestCover = (api: ReturnType<typeof appFor>, cookie: string, value: number, note: string) =>
  api.request('POST', '/api/values', {
    cookie,
    body: { indicator: 'forest_cover', unit: '06184', year: 2025, value, note, document: 'Kiểm thử' },
  })

/** Rows in the tables an import writes, to show that a refused file changed nothing. */
export async function importCounts(sql: Sql) {
  const [row] = await sql<{ values: number; batches: number; rows: number }[]>`
    select (select count(*) from indicator_value)::int as values, (select count(*) from import_batch)::int as batches,
      (select count(*) from import_row)::int as rows`
  return row!
}

/**
 * Removes every version, batch and row the given accounts wrote, and makes current again the
 * versions they had superseded: the database is as it was before the tests.
 */
export async function removeImportsBy(sql: Sql, usernames: string[]) {
  await sql.begin(async (tx) => {
    const batches = tx`select id from import_batch where uploaded_by = any(${usernames})`
    const mine = tx`select id from indicator_value where recorded_by = any(${usernames}) or import_id in (${batches})`
    // Deleted first, then their predecessors made current: two current versions of one value
    // would break the unique index at once (the successor pointers are checked at commit).
    const predecessors = await tx<{ id: number }[]>`
      select id::float8 as id from indicator_value where superseded_by in (${mine}) and id not in (${mine})`
    await tx`delete from indicator_value where id in (${mine})`
    await tx`update indicator_value set superseded_by = null where id = any(${predecessors.map((row) => row.id)}::bigint[])`
    await tx`delete from import_row where batch_id in (${batches})`
    await tx`delete from import_batch where uploaded_by = any(${usernames})`
  })
}
