import { bodyCases, bodyFuzz, cookieCases, pathCases, queryCases } from './cases'
import { adminCallers, anyone, type FuzzRoute, noParameters, unknownParameters } from './fuzz-route'

// The accounts' routes (sign-in, users, audit, settings): their own parameters, badly.

const audit = { action: 'sign-in', username: 'nobody', since: '2026-01-01T00:00:00Z', until: '2100-01-01T00:00:00Z' }

/** The account the cases try to create (short-passworded where the username is bad, so none is made). */
export const newAccount = (tag: string) => ({
  username: `fuzz-${tag}`,
  displayName: 'Fuzz',
  roles: ['planner'],
  password: 'a fuzz passphrase 1',
})

export function accountRouteCases(tag: string): Record<string, FuzzRoute> {
  const account = newAccount(tag)
  return {
    'POST /api/auth/login': {
      callers: ['anonymous'],
      cases: (f) => bodyFuzz('/api/auth/login', { username: f.victim.username, password: 'wrong password 1' }),
    },
    'POST /api/auth/logout': {
      callers: anyone,
      freshSession: true,
      cases: () => [
        ...bodyCases('/api/auth/logout', {}),
        ...queryCases('/api/auth/logout', {}, 'x', unknownParameters),
      ],
    },
    'GET /api/auth/me': { callers: ['anonymous'], cases: () => cookieCases('/api/auth/me') },
    'POST /api/auth/password': {
      callers: anyone,
      cases: () => bodyFuzz('/api/auth/password', { current: 'wrong password 1', next: 'a fuzz passphrase 2' }),
    },
    'GET /api/auth/sessions': noParameters('/api/auth/sessions'),
    'DELETE /api/auth/sessions/:id': { callers: anyone, cases: () => pathCases('/api/auth/sessions/:id', 'id') },
    // Personal access tokens (issue #13 §4); a good body makes one (at most 20 an account: 409 after).
    'GET /api/auth/tokens': noParameters('/api/auth/tokens'),
    'POST /api/auth/tokens': { callers: anyone, cases: () => bodyFuzz('/api/auth/tokens', { name: 'fuzz', days: 30 }) },
    'DELETE /api/auth/tokens/:id': { callers: anyone, cases: () => pathCases('/api/auth/tokens/:id', 'id') },
    'GET /api/users': { ...noParameters('/api/users'), callers: adminCallers },
    'POST /api/users': {
      callers: adminCallers,
      // A short password for the username's values, so that no account is made from them.
      cases: () => [
        ...bodyFuzz('/api/users', { ...account, password: 'short' }, ['username']),
        ...bodyFuzz('/api/users', account, ['displayName', 'roles', 'password']),
      ],
    },
    'PATCH /api/users/:id': {
      callers: adminCallers,
      cases: (f) => [
        ...pathCases('/api/users/:id', 'id', { body: {} }),
        ...bodyFuzz(`/api/users/${f.victim.id}`, { roles: ['planner'], disabled: false, displayName: 'Fuzz' }),
      ],
    },
    'POST /api/users/:id/password': {
      callers: adminCallers,
      cases: (f) => [
        ...pathCases('/api/users/:id/password', 'id', { body: { password: 'short' } }),
        ...bodyFuzz(`/api/users/${f.victim.id}/password`, { password: 'a fuzz passphrase 3' }),
      ],
    },
    'GET /api/audit': {
      callers: adminCallers,
      cases: () =>
        ['action', 'username', 'since', 'until', 'before', 'limit'].flatMap((name) =>
          queryCases('/api/audit', { ...audit, before: '1000000', limit: '5' }, name),
        ),
    },
    'GET /api/audit/export.csv': {
      callers: adminCallers,
      cases: () =>
        ['action', 'username', 'since', 'until'].flatMap((name) => queryCases('/api/audit/export.csv', audit, name)),
    },
    'GET /api/audit/downloads': {
      callers: adminCallers,
      cases: () =>
        ['since', 'until'].flatMap((name) =>
          queryCases('/api/audit/downloads', { since: '2026-01-01', until: '2100-01-01' }, name),
        ),
    },
    'GET /api/settings': noParameters('/api/settings'),
    'PUT /api/settings': {
      callers: adminCallers,
      cases: () => bodyFuzz('/api/settings', { hideSampleFromPublic: false }),
    },
  }
}
