import type { Sql } from '../db'

// Failed sign-ins counted per key ("account:<name>", "address:<ip>"); after `free` failures each
// further one doubles the wait, up to 15 minutes. Keys exist whether or not the account does.

export async function blockedSeconds(sql: Sql, keys: string[]): Promise<number> {
  const [row] = await sql<{ seconds: number }[]>`
    select coalesce(max(ceil(extract(epoch from blocked_until - now()))), 0)::int as seconds
    from auth.throttle where key = any(${keys}::text[]) and blocked_until > now()`
  return row?.seconds ?? 0
}

export async function recordFailure(sql: Sql, key: string, free: number): Promise<void> {
  await sql`
    insert into auth.throttle (key, failures, last_failure_at) values (${key}, 1, now())
    on conflict (key) do update set failures = auth.throttle.failures + 1, last_failure_at = now()`
  await sql`
    update auth.throttle set blocked_until = case when failures > ${free}
      then now() + make_interval(secs => least(900, power(2, failures - ${free})))
      else null end
    where key = ${key}`
}

export async function clearFailures(sql: Sql, key: string): Promise<void> {
  await sql`delete from auth.throttle where key = ${key}`
}
