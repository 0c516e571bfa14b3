// npm run fuzz -- --requests N [--seed S]: N malformed requests of every kind (paths, query strings,
// bodies, headers, uploads, cookies, tokens) to every route the app registers, as every role, on a
// fresh database, in-process through the app's fetch handler. Exits non-zero on any answer ≥ 500,
// any stack trace or SQL in an answer, any refusal that is not `{ error }`, a request left without
// an answer, or an unhealthy portal afterwards (README: Bad input at scale).
import { parseArgs } from 'node:util'
import type { FuzzCase } from './cases'
import { plain } from './envelope'
import { type RunRole, roles, sessionFor } from './fixture'
import { genericCases } from './generic-cases'
import { answerProblems } from './judge'
import { plan } from './plan'
import { openFuzzPortal } from './portal'
import { routeCases } from './route-cases'
import { routeList } from './route-list'
import { send } from './send'
import { count, emptyTally, summary } from './tally'

const timeoutMs = 60_000
const { values } = parseArgs({
  options: { requests: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' } },
})
const requests = Number(values.requests)
if (!Number.isInteger(requests) || requests < 1) {
  console.error(`--requests must be a whole number of at least 1, not "${values.requests}"`)
  process.exit(2)
}
const seed = values.seed
// The names a run creates (accounts, zones) carry its seed.
const tag = `seed-${seed.replace(/[^\w-]/g, '').slice(0, 20)}`

console.log('Preparing a fresh database (the test suite’s cached snapshot, or a new database on DATABASE_URL) …')
const portal = await openFuzzPortal(tag)
const { app, sql, fixture, sessions } = portal

// Every route the app registers: its own cases where route-cases.ts lists it, and the generic ones.
const routes = routeList(app)
const table = routeCases(tag)
const cache = new Map<string, FuzzCase[]>()
const casesOf = (route: string) => {
  if (!cache.has(route))
    cache.set(route, [...(table[route]?.cases(fixture) ?? []), ...genericCases(route, route in table)])
  return cache.get(route)!
}
console.log(
  `${requests.toLocaleString('en-GB')} requests, seed ${seed}, ${portal.kind} database, ` +
    `${routes.length} routes × ${roles.length} roles (${roles.join(', ')}), in-process`,
)

const tally = emptyTally()
const unsendable = new Map<string, number>()
let unanswered: string | undefined
let healthStatus: number | string = 'not asked'
const started = performance.now()
try {
  for (const { route, role, item, wrap } of plan({ seed, count: requests, routes, roles: [...roles], casesOf })) {
    // A case may end its session (sign-out): such routes get a session of their own each time.
    const own = table[route]?.freshSession && role !== 'public'
    const session = own ? await sessionFor(sql, fixture.accounts[role as 'planner']!) : sessions[role as RunRole]
    const wrapping = wrap(session?.split('=')[1])
    const method = item.method ?? route.split(' ')[0]!
    const sent = await send(app, method, item, wrapping, session, timeoutMs)
    const where = `${role} ${method} ${item.url.slice(0, 60)} [${item.label}; ${wrapping.label}]`
    if ('unsendable' in sent) unsendable.set(sent.unsendable, (unsendable.get(sent.unsendable) ?? 0) + 1)
    else if ('timedOut' in sent) {
      unanswered = where
      break
    } else {
      // A HEAD answer has no body to judge.
      const problems = method === 'HEAD' ? (sent.status >= 500 ? [`status ${sent.status}`] : []) : answerProblems(sent)
      count(tally, sent.status, [item.kind, ...(wrapping.kind ? [wrapping.kind] : [])], problems, where)
      if (tally.requests % 5000 === 0) console.log(`  … ${tally.requests.toLocaleString('en-GB')}`)
    }
  }
  const health = await send(
    app,
    'GET',
    { kind: 'query', label: 'health', url: '/api/health' },
    plain,
    undefined,
    timeoutMs,
  )
  healthStatus = 'status' in health ? health.status : JSON.stringify(health)
} finally {
  await portal.close()
}
const seconds = (performance.now() - started) / 1000

console.log(`\nSent ${tally.requests.toLocaleString('en-GB')} in ${Math.round(seconds)} s:`)
for (const line of summary(tally)) console.log(line)
for (const [reason, times] of unsendable) console.log(`  not sendable by an HTTP client (${times}): ${reason}`)
if (unanswered) console.log(`  no answer within ${timeoutMs / 1000} s: ${unanswered}`)
console.log(`  GET /api/health afterwards: ${healthStatus}`)
const failed = tally.problems > 0 || unanswered !== undefined || healthStatus !== 200
console.log(failed ? 'FAILED' : 'OK')
process.exit(failed ? 1 : 0)
