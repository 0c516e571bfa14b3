// Run by scripts/bench/load.ts, pinned to the load generator's core: the database answering one
// route's own SQL (in a transaction as the route's caller, as the portal runs it) at the same
// concurrency, without the portal around it. Prints { requests, perSecond, p50, p99 } as JSON.
//   tsx raw-database.ts <route index> <seconds> <connections> <postgres url | embedded data dir>
import { embeddedClient, maintenanceLimits, postgresClient, type Sql, startEmbedded } from '../../server/db'
import { actAs } from '../../server/sql/caller-role'
import { connectionsOf, loadRoutes } from './load-routes'

const [index, seconds, target] = [process.argv[2], process.argv[3], process.argv[5]]
const route = loadRoutes[Number(index)]
if (!route || !seconds || !target) throw new Error('usage: raw-database.ts <route> <seconds> <connections> <target>')
const connections = Number(process.argv[4] ?? connectionsOf(route))
const embedded = target.startsWith('postgres')
  ? undefined
  : await startEmbedded({ dataDir: target, statementLimitMs: maintenanceLimits.statementMs })
const sql: Sql = embedded ? embeddedClient(embedded.socketPath) : postgresClient(target, connections)
const roles = route.caller === 'planner' ? ['planner'] : []

async function measure(milliseconds: number) {
  const latencies: number[] = []
  const until = Date.now() + milliseconds
  const loop = async () => {
    while (Date.now() < until) {
      const started = performance.now()
      await sql.begin(async (tx) => {
        await actAs(tx as unknown as Sql, roles)
        await route!.raw(tx as unknown as Sql)
      })
      latencies.push(performance.now() - started)
    }
  }
  await Promise.all(Array.from({ length: connections }, loop))
  latencies.sort((a, b) => a - b)
  const at = (share: number) => latencies[Math.min(latencies.length - 1, Math.floor(share * latencies.length))] ?? 0
  return {
    requests: latencies.length,
    perSecond: latencies.length / (milliseconds / 1000),
    p50: at(0.5),
    p99: at(0.99),
  }
}

await measure(5_000) // warm up: plans, caches
const result = await measure(Number(seconds) * 1000)
process.stdout.write(`${JSON.stringify(result)}\n`)
await sql.end({ timeout: 5 })
await embedded?.close()
process.exit(0)
