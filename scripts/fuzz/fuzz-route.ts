import { badText } from './bad-values'
import { type FuzzCase, queryCases } from './cases'

// A route's own malformed requests, and who the test suite sends them as.

export type CallerName = 'anonymous' | 'planner' | 'border' | 'admin'

/** What the cases point at: accounts to change, a zone to edit, the callers' account ids. */
export type Fixture = {
  victim: { id: number; username: string }
  zoneId: number
  accounts: Partial<Record<CallerName, number>>
}

export type FuzzRoute = {
  /** Who the test suite sends them as (npm run fuzz sends them as every role). */
  callers: CallerName[]
  cases: (fixture: Fixture) => FuzzCase[]
  /** A fresh session for every case (the case may end it). */
  freshSession?: true
}

// Anonymous and a planner everywhere (validation or the policy answers them first), and the role that
// gets past the policy where one is needed; on the admin routes the admin only (a planner is refused
// there exactly like anonymous, and the test must stay short).
export const anyone: CallerName[] = ['anonymous', 'planner']
export const adminCallers: CallerName[] = ['anonymous', 'admin']

// A route without parameters gets unknown ones, fewer of them: it answers the same to all.
export const unknownParameters = badText.filter((_, index) => index % 3 === 0)
export const noParameters = (url: string): FuzzRoute => ({
  callers: anyone,
  cases: () => queryCases(url, {}, 'x', unknownParameters),
})
