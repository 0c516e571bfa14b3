import { type ChildProcess, spawn } from 'node:child_process'
import { afterAll, beforeAll, expect, inject, test } from 'vitest'
import { sharedDatabase } from '../../database'
import { fixture } from '../../fixtures/imports/files'
import { importApi, removeImportsBy, signedIn } from './import-helpers'

// An import killed half-way leaves the database as it was: a child process publishes a draft in an
// open transaction, says when the versions are written, and is killed (SIGKILL, no clean-up of its
// own). The batch is still a draft with no version, and publishing it again simply works.

const database = sharedDatabase()
const api = importApi(database)
let planner: Awaited<ReturnType<typeof signedIn>>
let child: ChildProcess | undefined
beforeAll(async () => {
  planner = await signedIn(database.sql(), ['planner'])
})
afterAll(async () => {
  child?.kill('SIGKILL')
  await removeImportsBy(database.sql(), [planner.username, 'kill-test'])
})

const connection = inject('database')
const target = connection.kind === 'embedded' ? connection.socketPath : connection.url
const script = new URL('../../fixtures/imports/publish-and-wait.ts', import.meta.url).pathname

/** Starts the child and resolves with its "written" line. */
function publishInChild(batchId: number): Promise<string> {
  child = spawn(process.execPath, ['--import', 'tsx', script, target, String(batchId)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return new Promise((resolve, reject) => {
    let output = ''
    child!.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('\n')) resolve(output.trim())
    })
    child!.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    child!.on('exit', (code) => reject(new Error(`the child ended (${code}) before writing: ${output}`)))
  })
}

const versionsOf = async (batchId: number) => {
  const [row] = await database.sql()<
    { n: number }[]
  >`select count(*)::int as n from indicator_value where import_id = ${batchId}`
  return row!.n
}

test('a publish killed after writing its versions leaves the draft as it was; publishing again works', {
  timeout: 40_000,
}, async () => {
  const upload = await api.upload(planner.cookie, 'killed.csv', fixture('good-long.csv'), 'Báo cáo 1')
  expect(upload.status).toBe(201)
  const { id } = upload.json()
  expect(await publishInChild(id)).toBe('written {"versions":4}')
  const exited = new Promise((resolve) => child!.once('exit', resolve))
  child!.kill('SIGKILL')
  await exited
  // The server notices the closed connection and rolls its transaction back (PostgreSQL at once,
  // the embedded socket when the socket closes): until then nothing else may query the session.
  await expect.poll(() => versionsOf(id), { timeout: 10_000 }).toBe(0)
  const [batch] = await database.sql()`select status from import_batch where id = ${id}`
  expect(batch).toEqual({ status: 'draft' })
  const published = await api.post(`/api/imports/${id}/publish`, undefined, planner)
  expect(published.json()).toEqual({ published: true, versions: 4 })
  expect(await versionsOf(id)).toBe(4)
})
