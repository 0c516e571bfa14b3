import { useEffect, useRef, useState } from 'react'
import { type AccountSession, type AccountToken, ApiError, api } from '../api'
import { formatMoment } from '../format'
import { useText } from '../i18n/text'
import { useChange, useSessions, useTokens } from '../queries'
import { TokenForm } from './token-form'

type Props = { onClose: () => void; onSignedOut: () => void }

/**
 * "My sign-ins and tokens" (issues #9 and #13 §4): where the account is signed in and its personal
 * access tokens, in one list, with a button to end or revoke each; and a form for a new token.
 */
export function SessionsDialog({ onClose, onSignedOut }: Props) {
  const { text, language } = useText()
  const dialog = useRef<HTMLDialogElement>(null)
  const sessions = useSessions()
  const tokens = useTokens()
  const end = useChange(api.endSession, [['sessions']])
  const revoke = useChange(api.revokeToken, [['tokens']])
  const [error, setError] = useState<string | null>(null)
  useEffect(() => dialog.current?.showModal(), [])
  const device = (session: AccountSession) =>
    `${session.device.browser ?? text.account.unknownBrowser} · ${session.device.system ?? text.account.unknownSystem}`
  const fail = (caught: unknown) =>
    setError(caught instanceof ApiError ? (caught.localised?.[language] ?? caught.message) : text.networkError)
  const when = (moment: string | null) => (moment ? formatMoment(moment, language) : text.account.neverUsed)
  const sessionRow = (session: AccountSession) => (
    <tr key={session.id}>
      <td>{text.account.signInKind}</td>
      <td title={session.userAgent ?? undefined}>
        {device(session)}
        {session.current && <strong> ({text.account.thisSession})</strong>}
      </td>
      <td>{session.address ?? '—'}</td>
      <td>{formatMoment(session.createdAt, language)}</td>
      <td>{formatMoment(session.lastSeenAt, language)}</td>
      <td>—</td>
      <td>
        <button
          type="button"
          disabled={end.isPending}
          aria-label={`${session.current ? text.account.endThisSession : text.account.endSession}: ${device(session)}`}
          onClick={() =>
            end.mutate(session.id, {
              onError: fail,
              onSuccess: (answer) => (answer.current ? onSignedOut() : setError(null)),
            })
          }
        >
          {session.current ? text.account.endThisSession : text.account.endSession}
        </button>
      </td>
    </tr>
  )
  const tokenRow = (token: AccountToken) => (
    <tr key={token.id}>
      <td>{text.account.tokenKind}</td>
      <td>{token.name}</td>
      <td>{token.lastUsedAddress ?? '—'}</td>
      <td>{formatMoment(token.createdAt, language)}</td>
      <td>{when(token.lastUsedAt)}</td>
      <td>{formatMoment(token.expiresAt, language)}</td>
      <td>
        <button
          type="button"
          disabled={revoke.isPending}
          aria-label={`${text.account.revokeToken}: ${token.name}`}
          onClick={() => revoke.mutate(token.id, { onError: fail, onSuccess: () => setError(null) })}
        >
          {text.account.revokeToken}
        </button>
      </td>
    </tr>
  )
  return (
    <dialog ref={dialog} className="dialog sessions-dialog" aria-labelledby="sessions-title" onClose={onClose}>
      <h2 id="sessions-title">{text.account.sessions}</h2>
      <p className="muted">{text.account.sessionsNote}</p>
      {(sessions.isError || tokens.isError) && <p className="form-error">{text.networkError}</p>}
      {sessions.data && tokens.data && (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{text.account.kind}</th>
              <th scope="col">{text.account.deviceOrName}</th>
              <th scope="col">{text.account.sessionAddress}</th>
              <th scope="col">{text.account.sessionStarted}</th>
              <th scope="col">{text.account.sessionSeen}</th>
              <th scope="col">{text.account.expires}</th>
              <th scope="col">{text.account.endSession}</th>
            </tr>
          </thead>
          <tbody>
            {sessions.data.map(sessionRow)}
            {tokens.data.map(tokenRow)}
          </tbody>
        </table>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <TokenForm onError={fail} />
      <div className="buttons">
        <button type="button" onClick={() => dialog.current?.close()}>
          {text.close}
        </button>
      </div>
    </dialog>
  )
}
