import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { embeddedClient, maintenanceLimits, postgresClient, type Sql, startEmbedded } from '../server/db'
import { parseEnv } from '../server/env'
import { packageFiles, packagePath } from '../server/geodata/files'
import { loadDataPackage } from '../server/geodata/load'
import { migrate } from '../server/sql/migrations'

// One database per test run, loaded with the real data package: PGlite takes ~1 GB and several
// seconds to start, so test files share it, one file at a time (vitest.config.ts). With
// DATABASE_URL the run gets a fresh database on that server instead, dropped at the end.

/** The data package the tests load: the project's geodata/, or GEODATA_DIR as for the portal. */
export const geodataDir = parseEnv().geodataDir

declare module 'vitest' {
  export interface ProvidedContext {
    database: { kind: 'embedded'; socketPath: string } | { kind: 'postgres'; url: string }
  }
}

/** Migrations and the data package, as a first start makes them. */
export async function prepare(sql: Sql) {
  await migrate(sql)
  await loadDataPackage(sql, geodataDir)
}

/** A snapshot is reused while the schema, the loader, the sample generator and the data are unchanged. */
function snapshotKey(): string {
  const hash = crypto.createHash('sha256')
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else hash.update(full).update(fs.readFileSync(full))
    }
  }
  // geodata/ is the project's data package and its catalogue; a GEODATA_DIR elsewhere adds the
  // files the loader reads from there (named relative to the package, so a clone's key is the same).
  for (const dir of ['server/migrations', 'server/geodata', 'server/sample', 'server/sql', 'geodata']) walk(dir)
  for (const file of Object.values(packageFiles)) {
    const full = packagePath(geodataDir, file)
    if (fs.existsSync(full)) hash.update(file).update(fs.readFileSync(full))
  }
  return hash.digest('hex').slice(0, 16)
}

export type TestDatabase = {
  connection: { kind: 'embedded'; socketPath: string } | { kind: 'postgres'; url: string }
  close: () => Promise<void>
}

/** The run's database, loaded with the real data package (a fresh one on DATABASE_URL, else PGlite). */
export async function openTestDatabase(): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL
  if (url) {
    const name = `portal_test_${process.pid}_${Date.now()}`
    const admin = postgresClient(url, 1)
    await admin`create database ${admin(name)}`
    const testUrl = new URL(url)
    testUrl.pathname = `/${name}`
    const sql = postgresClient(testUrl.toString(), 1)
    await prepare(sql)
    await sql.end()
    return {
      connection: { kind: 'postgres', url: testUrl.toString() },
      close: async () => {
        await admin`drop database if exists ${admin(name)} with (force)`
        await admin.end()
      },
    }
  }
  const snapshot = new Blob([fs.readFileSync(await testSnapshot())])
  // Files take turns, but one may still be closing its connection when the next opens one. Tests
  // under load may run long statements: the watchdog's limit is the maintenance one.
  const server = await startEmbedded({ snapshot, maxConnections: 4, statementLimitMs: maintenanceLimits.statementMs })
  return { connection: { kind: 'embedded', socketPath: server.socketPath }, close: () => server.close() }
}

/**
 * The path of an embedded database archive with the migrations applied and the data package
 * loaded, made once per content of the schema, loader, generator and data (.cache/test-db).
 */
export async function testSnapshot(): Promise<string> {
  const snapshotPath = path.resolve('.cache/test-db', `${snapshotKey()}.tgz`)
  if (fs.existsSync(snapshotPath)) return snapshotPath
  const server = await startEmbedded({ statementLimitMs: maintenanceLimits.statementMs })
  try {
    const sql = embeddedClient(server.socketPath)
    await prepare(sql)
    await sql.end()
    const folder = path.dirname(snapshotPath)
    fs.mkdirSync(folder, { recursive: true })
    // Written aside and renamed, so a run starting meanwhile never reads half a snapshot.
    const partial = `${snapshotPath}.${process.pid}.partial`
    fs.writeFileSync(partial, await server.backup())
    fs.renameSync(partial, snapshotPath)
    for (const old of fs.readdirSync(folder))
      if (old.endsWith('.tgz') && old !== path.basename(snapshotPath))
        fs.rmSync(path.join(folder, old), { force: true })
  } finally {
    await server.close()
  }
  return snapshotPath
}

export default async function setup(project: TestProject) {
  const database = await openTestDatabase()
  project.provide('database', database.connection)
  return () => database.close()
}
