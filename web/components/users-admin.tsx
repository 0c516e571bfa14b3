import { useState } from 'react'
import { api, type Role } from '../api'
import { formatMoment } from '../format'
import { errorText } from '../i18n/error-text'
import { useRoleText } from '../i18n/role-text'
import { useText } from '../i18n/text'
import { useChange, useUsers } from '../queries'

const allRoles: Role[] = ['planner', 'border', 'admin']

/** Admins create accounts, change roles, reset passwords and disable accounts; every change is audited. */
export function UsersAdmin() {
  const { text, language } = useText()
  const words = useRoleText()
  const users = useUsers(true)
  const [message, setMessage] = useState<string | null>(null)
  const fail = (caught: unknown) => setMessage(errorText(caught, language))
  const create = useChange(api.createUser, [['users']])
  const update = useChange(
    (input: { id: number; change: { roles?: Role[]; disabled?: boolean } }) => api.updateUser(input.id, input.change),
    [['users']],
  )
  return (
    <section>
      <h2>{text.admin.users}</h2>
      {message && (
        <p className="form-error" role="alert">
          {message}
        </p>
      )}
      <table className="data-table stacked-table">
        <thead>
          <tr>
            <th scope="col">{text.account.username}</th>
            <th scope="col">{text.admin.displayName}</th>
            {allRoles.map((role) => (
              <th key={role} scope="col">
                {text.account.roles[role]}
              </th>
            ))}
            <th scope="col">{words.admin.created}</th>
            <th scope="col">{text.admin.lastSeen}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {(users.data ?? []).map((user) => (
            <tr key={user.id} className={user.disabled ? 'disabled' : undefined}>
              <th scope="row">{user.username}</th>
              <td data-label={text.admin.displayName}>{user.displayName}</td>
              {allRoles.map((role) => (
                <td key={role} data-label={text.account.roles[role]}>
                  <input
                    type="checkbox"
                    aria-label={`${user.username}: ${text.account.roles[role]}`}
                    checked={user.roles.includes(role)}
                    onChange={(event) => {
                      const roles = event.target.checked
                        ? [...user.roles, role]
                        : user.roles.filter((item) => item !== role)
                      update.mutate(
                        { id: user.id, change: { roles } },
                        { onError: fail, onSuccess: () => setMessage(null) },
                      )
                    }}
                  />
                </td>
              ))}
              <td data-label={words.admin.created}>{formatMoment(user.createdAt, language)}</td>
              <td data-label={text.admin.lastSeen}>
                {user.lastSeenAt ? formatMoment(user.lastSeenAt, language) : '—'}
              </td>
              <td>
                <button
                  type="button"
                  onClick={() => {
                    // Locking ends someone's work at once: asked first (issue 10 §5); unlocking is not.
                    if (!user.disabled && !window.confirm(words.admin.confirmLock(user.username))) return
                    update.mutate({ id: user.id, change: { disabled: !user.disabled } }, { onError: fail })
                  }}
                >
                  {user.disabled ? text.admin.enable : text.admin.disable}
                </button>{' '}
                <button
                  type="button"
                  onClick={() => {
                    const password = window.prompt(text.admin.promptPassword(user.username))
                    if (password) api.resetPassword(user.id, password).then(() => setMessage(null), fail)
                  }}
                >
                  {text.admin.resetPassword}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault()
          const target = event.currentTarget
          const form = new FormData(target)
          create.mutate(
            {
              username: String(form.get('username')),
              displayName: String(form.get('displayName') ?? '') || null,
              roles: allRoles.filter((role) => form.get(`role-${role}`) === 'on'),
              password: String(form.get('password')),
            },
            {
              onError: fail,
              onSuccess: () => {
                target.reset()
                setMessage(null)
              },
            },
          )
        }}
      >
        <h3>{text.admin.newUser}</h3>
        <input name="username" placeholder={text.account.username} aria-label={text.account.username} required />
        <input name="displayName" placeholder={text.admin.displayName} aria-label={text.admin.displayName} />
        {allRoles.map((role) => (
          <label key={role} className="check">
            <input type="checkbox" name={`role-${role}`} />
            <span>{text.account.roles[role]}</span>
          </label>
        ))}
        <input
          name="password"
          type="password"
          autoComplete="new-password"
          placeholder={text.account.newPassword}
          aria-label={text.account.newPassword}
          required
          minLength={10}
        />
        <button type="submit" className="primary">
          {text.admin.create}
        </button>
      </form>
    </section>
  )
}
