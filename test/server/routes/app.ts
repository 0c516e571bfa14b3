import { routeList } from '../../../scripts/fuzz/route-list'
import { type AppOptions, apiRoutes, createApp } from '../../../server/app'
import { newToken, sessionCookie, tokenHash } from '../../../server/auth/caller'
import { hashPassword } from '../../../server/auth/password'
import type { Sql } from '../../../server/db'
import { createSession } from '../../../server/sql/sessions'
import type { sharedDatabase } from '../../database'

export const origin = 'http://localhost'

export type Answer = {
  status: number
  type: string
  text: string
  bytes: Uint8Array
  headers: Headers
  // biome-ignore lint/suspicious/noExplicitAny: tests read answers as whatever JSON they expect
  json: () => any
}

type Options = {
  body?: unknown
  cookie?: string
  headers?: Record<string, string>
  rawBody?: string | Uint8Array
  form?: FormData
}

/** The real app, in-process, on the run's database; unsafe requests carry the portal's own Origin by default. */
export function appFor(
  database: Pick<ReturnType<typeof sharedDatabase>, 'sql' | 'kind'>,
  /** Options of the app beyond the database, asked for each request (e.g. one store of public answers). */
  more: () => Partial<AppOptions> = () => ({}),
) {
  const app = () => createApp({ sql: database.sql(), database: database.kind, ...more() })
  const request = async (method: string, url: string, options: Options = {}): Promise<Answer> => {
    const headers: Record<string, string> = { ...(method === 'GET' ? {} : { origin }), ...(options.headers ?? {}) }
    if (options.cookie) headers.cookie = options.cookie
    let body: string | Uint8Array | FormData | undefined = options.form ?? options.rawBody
    if (options.body !== undefined) {
      headers['content-type'] = 'application/json'
      body = JSON.stringify(options.body)
    }
    const response = await app().request(url, { method, headers, body: body as BodyInit | undefined })
    // Decoded as sent: response.text() would drop the byte-order mark the CSV exports begin with.
    const bytes = new Uint8Array(await response.arrayBuffer())
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      text,
      bytes,
      headers: response.headers,
      json: () => JSON.parse(text),
    }
  }
  return {
    request,
    get: (url: string, options: Options = {}) => request('GET', url, options),
    post: (url: string, body?: unknown, options: Options = {}) => request('POST', url, { ...options, body }),
    /** Signs in and returns the session cookie ("portal_session=…"). */
    signIn: async (username: string, password: string) => {
      // In-process requests share one address ("unknown"): tests that fail sign-ins on purpose
      // must not block the others' sign-ins through the per-address limit.
      await database.sql()`delete from auth.throttle where key = 'address:unknown'`
      const answer = await request('POST', '/api/auth/login', { body: { username, password } })
      if (answer.status !== 200) throw new Error(`sign-in of ${username} failed: ${answer.status} ${answer.text}`)
      return (answer.headers.get('set-cookie') ?? '').split(';')[0]!
    },
  }
}

let counter = 0
const passwordHash = hashPassword('a long test password 1')

/** A fresh account with the given roles (names are unique per run) and its password. */
export async function testAccount(sql: Sql, roles: string[], options: { disabled?: boolean } = {}) {
  counter += 1
  const username = `test-${roles.join('-') || 'none'}-${process.pid}-${counter}`
  const [row] = await sql<{ id: number }[]>`
    insert into auth.account (username, roles, password_hash, disabled)
    values (${username}, ${roles}, ${await passwordHash}, ${options.disabled ?? false}) returning id`
  return { id: row!.id, username, password: 'a long test password 1' }
}

/** Every API route the router registers, as "METHOD /path" (read from the app, as npm run fuzz does). */
export function registeredRoutes(database: ReturnType<typeof sharedDatabase>): string[] {
  return routeList(apiRoutes({ sql: database.sql(), database: database.kind }))
}

/** What is wrong with an answer of status 400 or more (scripts/fuzz/judge.ts, shared with npm run fuzz). */
export { errorProblems } from '../../../scripts/fuzz/judge'

/** A live session for an account, stored as sign-in stores one (without the slow password check): its cookie. */
export async function sessionFor(sql: Sql, accountId: number): Promise<string> {
  const token = newToken()
  await createSession(sql, { tokenHash: tokenHash(token), accountId, hours: 1, address: 'unknown', userAgent: 'test' })
  return `${sessionCookie}=${token}`
}
