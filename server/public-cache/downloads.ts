import type { MiddlewareHandler } from 'hono'
import type { Sql } from '../db'
import type { PortalEnv } from '../portal-env'
import { addDownloads } from '../sql/public-downloads'
import { carriesCredentials } from './middleware'

// The public's downloads of the published figures are counted, not audited one by one (issue #13
// §1): they are answered from the public cache, mostly without the database, and an audit entry
// would say nothing about who. Each process tallies the files it answers per day in memory and adds
// the tally to audit.public_download (0014) about once a minute and when it stops; a tally that
// cannot be written (the database away) is kept for the next time. An account's downloads stay
// audited one by one (routes/exports.ts). What a shared cache in front of the portal answers, and
// a browser's revalidation (304), is not a download the portal sees, and is not counted.

const downloadPath = /^\/api\/export\.(csv|geojson)$/
const fileName = /filename="([^"]{1,200})"/

export type DownloadTally = {
  middleware: MiddlewareHandler<PortalEnv>
  /** Adds what was counted since the last time to the database; what fails is kept. */
  flush: () => Promise<void>
  /** The counts not yet written, by day and file (for tests and the log). */
  waiting: () => { day: string; file: string; count: number }[]
  /** Flushes every `everyMs` until `stop`, which flushes a last time. */
  start: (everyMs?: number) => void
  stop: () => Promise<void>
}

export function downloadTally(sql: Sql, report: (error: unknown) => void = () => {}): DownloadTally {
  let counts = new Map<string, number>()
  let timer: NodeJS.Timeout | undefined
  const add = (key: string, count: number) => counts.set(key, (counts.get(key) ?? 0) + count)
  const entries = (from: Map<string, number>) =>
    [...from].map(([key, count]) => {
      const [day, file] = key.split('\n') as [string, string]
      return { day, file, count }
    })
  const flush = async () => {
    if (counts.size === 0) return
    const taken = counts
    counts = new Map()
    try {
      await addDownloads(sql, entries(taken))
    } catch (error) {
      for (const [key, count] of taken) add(key, count)
      report(error)
    }
  }
  return {
    middleware: async (c, next) => {
      await next()
      if (c.req.method !== 'GET' || carriesCredentials(c) || !downloadPath.test(c.req.path)) return
      if (c.res.status !== 200) return
      const file = fileName.exec(c.res.headers.get('content-disposition') ?? '')?.[1]
      if (file) add(`${new Date().toISOString().slice(0, 10)}\n${file}`, 1)
    },
    flush,
    waiting: () => entries(counts),
    start: (everyMs = 60_000) => {
      timer = setInterval(() => void flush(), everyMs)
      timer.unref()
    },
    stop: async () => {
      clearInterval(timer)
      await flush()
    },
  }
}
