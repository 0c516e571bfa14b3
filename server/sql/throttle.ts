import type { Sql } from '../db'

// Sign-in and password-change attempts, counted per key ("account:<name>", "address:<ip>") BEFORE
// the password is checked: the first `free` attempts go through, then each further one must wait
// twice as long as the last (2 s, 4 s, … up to 15 minutes). Counting first, in one statement whose
// row lock orders concurrent attempts, is what makes a burst of guesses buy nothing: 16 at once
// used to be checked all 16 (issue #9), now `free` of them are. Keys exist whether or not the
// account does, so a wait says nothing about which usernames are real.

export type ThrottleKey = { key: string; free: number }

/**
 * Counts one attempt on the key and answers whether it may be checked now. A key that is waiting
 * is not counted again (so a blocked client does not push its wait further by retrying).
 */
async function countOn(sql: Sql, { key, free }: ThrottleKey): Promise<boolean> {
  const rows = await sql`
    insert into auth.throttle as t (key, failures, last_failure_at, blocked_until)
    values (${key}, 1, now(), case when 1 >= ${free} then now() + make_interval(secs => 2) end)
    on conflict (key) do update set
      failures = t.failures + 1,
      last_failure_at = now(),
      blocked_until = case when t.failures + 1 >= ${free}
        then now() + make_interval(secs => least(900, power(2, t.failures + 2 - ${free}))) end
    where t.blocked_until is null or t.blocked_until <= now()
    returning key`
  return rows.length > 0
}

/** Seconds until every one of the keys lets an attempt through (0: none is waiting). */
export async function blockedSeconds(sql: Sql, keys: string[]): Promise<number> {
  const [row] = await sql<{ seconds: number }[]>`
    select coalesce(max(ceil(extract(epoch from blocked_until - now()))), 0)::int as seconds
    from auth.throttle where key = any(${keys}::text[]) and blocked_until > now()`
  return row?.seconds ?? 0
}

/**
 * Counts an attempt on each key in order and answers 0 when the password may be checked, else the
 * seconds to wait. The keys after a waiting one are not counted: put the address first, so that a
 * client whose address waits cannot lock an account out by guessing at it.
 */
export async function countAttempt(sql: Sql, keys: ThrottleKey[]): Promise<number> {
  for (const key of keys) {
    if (!(await countOn(sql, key)))
      return Math.max(
        1,
        await blockedSeconds(
          sql,
          keys.map((item) => item.key),
        ),
      )
  }
  return 0
}

/**
 * The password was right: the account's count starts again, and the attempt is taken back from
 * the address's (an office behind one address signs in all day; only its failures count).
 */
export async function attemptSucceeded(sql: Sql, account: string, address: ThrottleKey): Promise<void> {
  await sql`delete from auth.throttle where key = ${account}`
  await sql`
    update auth.throttle set failures = greatest(failures - 1, 0),
      blocked_until = case when failures - 1 >= ${address.free} then blocked_until end
    where key = ${address.key}`
}
