import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import postgres from 'postgres'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { type EmbeddedSocketServer, serveEmbedded } from '../../../server/embedded/socket'

let db: PGlite
let server: EmbeddedSocketServer
let sql: postgres.Sql
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'socket-test-'))

beforeAll(async () => {
  db = await PGlite.create()
  server = await serveEmbedded(db, path.join(folder, '.s.PGSQL.5432'), 2)
  sql = postgres({
    path: path.join(folder, '.s.PGSQL.5432'),
    max: 1,
    user: 'postgres',
    database: 'postgres',
    onnotice: () => {},
  })
}, 180_000)

afterAll(async () => {
  await sql.end()
  await server.close()
  await db.close()
  fs.rmSync(folder, { recursive: true, force: true })
})

test('after a failed query, the queries sent behind it get their own answers', async () => {
  const answers = await Promise.allSettled([
    sql`select 1 / ${0}::int as x`,
    sql`select 2 as a`,
    sql`select generate_series(1, 3) as n`,
  ])
  expect(answers[0].status).toBe('rejected')
  expect(answers[1]).toEqual({ status: 'fulfilled', value: [{ a: 2 }] })
  expect(answers[2].status === 'fulfilled' && answers[2].value.length).toBe(3)
})

test('an error inside a transaction rolls it back and leaves the connection usable', async () => {
  await sql`create table if not exists socket_probe (n int)`
  await expect(
    sql.begin(async (tx) => {
      await tx`insert into socket_probe values (1)`
      await tx`select 1 / ${0}::int`
    }),
  ).rejects.toThrow(/division by zero/)
  expect(await sql`select count(*)::int as rows from socket_probe`).toEqual([{ rows: 0 }])
})

test('text the database refuses (NUL) fails alone', async () => {
  const answers = await Promise.allSettled([sql`select ${'a\u0000b'}::text`, sql`select 'ok' as word`])
  expect(answers[0].status).toBe('rejected')
  expect(answers[1]).toEqual({ status: 'fulfilled', value: [{ word: 'ok' }] })
})
