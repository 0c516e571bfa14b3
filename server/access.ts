import { Refusal } from './message'

// Who may see and do what: one policy, written as data, asked by every route (CONVENTIONS rule 4).
// The database enforces the restricted layers again with row-level security (0003_access.sql).

export const roles = ['planner', 'border', 'admin'] as const
export type Role = (typeof roles)[number]

export type Account = { id: number; username: string; displayName: string | null; roles: Role[] }
export type Caller = { account: Account | null; address: string }

/** Each action and the roles that may perform it; anything not listed is open to everyone. */
export const policy = {
  'zones:read': ['border'],
  'zones:add': ['border', 'admin'],
  'zones:edit': ['border'],
  'zones:settings': ['admin'],
  'users:manage': ['admin'],
  // With users:manage: granting border, or changing an account that holds it (see borderGuard).
  'users:border': ['border'],
  'audit:read': ['admin'],
  'planner:tools': ['planner', 'admin'],
  // Capital allocation scenarios (issue 11 §2): preview, save, compare, export.
  'allocation:plan': ['planner', 'admin'],
  'values:import': ['planner', 'admin'],
  'settings:read': ['planner', 'admin'],
  'settings:edit': ['admin'],
} as const satisfies Record<string, readonly Role[]>

export type Action = keyof typeof policy

/** Map layers by who may see them; the restricted ones never reach anyone else. */
export const layers = {
  public: [
    'province',
    'communes_2025',
    'communes_2024',
    'communes_2021',
    'communes_2019',
    'districts',
    'villages',
    'border_line',
  ],
  restricted: ['border_belt', 'border_area', 'border_gates', 'restricted_zones'],
} as const

export const callerRoles = (caller: Caller): Role[] => caller.account?.roles ?? []

export function may(caller: Caller, action: Action): boolean {
  const allowed: readonly Role[] = policy[action]
  return callerRoles(caller).some((role) => allowed.includes(role))
}

export const signInFirst = { vi: 'Hãy đăng nhập trước.', en: 'Sign in first.' }

/** 401 without a session, 403 without the role; the answer never depends on what was asked for. */
export function requireAction(caller: Caller, action: Action): Account {
  if (!caller.account) throw new Refusal(401, signInFirst)
  if (!may(caller, action))
    throw new Refusal(403, {
      vi: 'Tài khoản của bạn không có vai trò cần cho việc này.',
      en: 'Your account does not have the role this needs.',
    })
  return caller.account
}

export function visibleLayers(caller: Caller): string[] {
  return may(caller, 'zones:read') ? [...layers.public, ...layers.restricted] : [...layers.public]
}

/**
 * Only border grants border (issue #9): granting the role, and any change to an account that holds
 * it (roles, locking, a new password), need an admin who holds border too; otherwise an admin could
 * give itself the defence layers, or take over a border officer's account. Answers whether the
 * change touches border (its audit entry is then restricted), or throws the 403.
 */
export function borderGuard(caller: Caller, holds: readonly string[], grants: readonly string[] = []): boolean {
  const touches = holds.includes('border') || grants.includes('border')
  if (touches && !may(caller, 'users:border'))
    throw new Refusal(403, {
      vi: 'Chỉ quản trị viên có cả vai trò biên phòng (border) mới được cấp vai trò này, hay sửa, khóa hoặc đặt lại mật khẩu của tài khoản có vai trò này.',
      en: 'Only an admin who also holds the border role may grant it, or change, lock or reset the password of an account that holds it.',
    })
  return touches
}
