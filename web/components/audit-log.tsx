import { useState } from 'react'
import { type AuditFilter, api } from '../api'
import { auditDetailText } from '../audit-detail'
import { formatMoment } from '../format'
import { useRoleText } from '../i18n/role-text'
import { useText } from '../i18n/text'
import { useAudit } from '../queries'

/** The audit log for admins: newest first, filtered by action, user and time, 100 at a time. */
export function AuditLog() {
  const { text, language } = useText()
  const words = useRoleText()
  const [filter, setFilter] = useState<AuditFilter>({})
  const events = useAudit(filter, true)
  const rows = events.data ?? []
  return (
    <section>
      <h2>{text.admin.audit}</h2>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault()
          const form = new FormData(event.currentTarget)
          const date = (name: string) => {
            const value = String(form.get(name) ?? '')
            return value ? new Date(value).toISOString() : undefined
          }
          setFilter({
            action: String(form.get('action') ?? '') || undefined,
            username: String(form.get('username') ?? '') || undefined,
            since: date('since'),
            until: date('until'),
          })
        }}
      >
        <select name="action" aria-label={text.admin.action} defaultValue="">
          <option value="">{text.admin.anyAction}</option>
          {Object.entries(text.admin.actions).map(([action, label]) => (
            <option key={action} value={action}>
              {label}
            </option>
          ))}
        </select>
        <input name="username" placeholder={text.admin.who} aria-label={text.admin.who} />
        <label>
          {text.admin.since} <input name="since" type="datetime-local" />
        </label>
        <label>
          {text.admin.until} <input name="until" type="datetime-local" />
        </label>
        <button type="submit">{text.admin.filter}</button>
        {/* The entries of this filter as a file, written and audited by the server (issue 10 §5). */}
        <a className="button" href={api.auditCsvUrl(filter)} download>
          {words.admin.exportCsv}
        </a>
      </form>
      <table className="data-table stacked-table">
        <thead>
          <tr>
            <th scope="col">{text.admin.when}</th>
            <th scope="col">{text.admin.who}</th>
            <th scope="col">{text.admin.address}</th>
            <th scope="col">{text.admin.action}</th>
            <th scope="col">{text.admin.target}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((event) => (
            <tr key={event.id}>
              <td data-label={text.admin.when}>{formatMoment(event.at, language)}</td>
              <td data-label={text.admin.who}>{event.username ?? '—'}</td>
              <td data-label={text.admin.address}>{event.address}</td>
              <td data-label={text.admin.action}>{text.admin.actions[event.action] ?? event.action}</td>
              <td data-label={text.admin.target}>
                {event.target}
                {Object.keys(event.detail).length > 0 && (
                  <div className="muted audit-detail">{auditDetailText(event.detail, text, language)}</div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="buttons">
        <button
          type="button"
          disabled={filter.before === undefined}
          onClick={() => setFilter({ ...filter, before: undefined })}
        >
          {text.admin.newest}
        </button>
        <button
          type="button"
          disabled={rows.length < 100}
          onClick={() => setFilter({ ...filter, before: rows.at(-1)?.id })}
        >
          {text.admin.older}
        </button>
      </div>
    </section>
  )
}
