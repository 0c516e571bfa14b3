import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Sql } from '../db'

const migrationsDir = fileURLToPath(new URL('../migrations/', import.meta.url))

/** The migration files in order: forward-only, named NNNN_<what>.sql. */
export function migrationFiles(dir = migrationsDir): { name: string; text: string }[] {
  return fs
    .readdirSync(dir)
    .filter((name) => /^\d{4}_[a-z0-9_]+\.sql$/.test(name))
    .sort()
    .map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') }))
}

/**
 * Applies the migrations not yet applied, each in its own transaction. An advisory lock keeps two
 * portals starting at once on the same server from applying the same file twice.
 */
export async function migrate(sql: Sql, dir = migrationsDir): Promise<string[]> {
  const applied: string[] = []
  await sql.begin(async (tx) => {
    await tx`select pg_advisory_xact_lock(hashtext('lang-son-portal migrations'))`
    await tx`create table if not exists schema_migration (name text primary key, applied_at timestamptz not null default now())`
    const done = new Set((await tx<{ name: string }[]>`select name from schema_migration`).map((row) => row.name))
    for (const file of migrationFiles(dir)) {
      if (done.has(file.name)) continue
      // Migration files are the project's own SQL, never user input: the one place `unsafe` runs.
      await tx.unsafe(file.text)
      await tx`insert into schema_migration (name) values (${file.name})`
      applied.push(file.name)
    }
  })
  return applied
}
