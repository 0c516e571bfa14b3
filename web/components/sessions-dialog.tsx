import { useEffect, useRef, useState } from 'react'
import { type AccountSession, api } from '../api'
import { formatMoment } from '../format'
import { errorText } from '../i18n/error-text'
import { useText } from '../i18n/text'
import { useChange, useSessions } from '../queries'

type Props = { onClose: () => void; onSignedOut: () => void }

/** "My sessions" (issue #9): where the account is signed in, and a button to end each session. */
export function SessionsDialog({ onClose, onSignedOut }: Props) {
  const { text, language } = useText()
  const dialog = useRef<HTMLDialogElement>(null)
  const sessions = useSessions()
  const end = useChange(api.endSession, [['sessions']])
  const [error, setError] = useState<string | null>(null)
  useEffect(() => dialog.current?.showModal(), [])
  const device = (session: AccountSession) =>
    `${session.device.browser ?? text.account.unknownBrowser} · ${session.device.system ?? text.account.unknownSystem}`
  const fail = (caught: unknown) => setError(errorText(caught, language))
  return (
    <dialog ref={dialog} className="dialog sessions-dialog" aria-labelledby="sessions-title" onClose={onClose}>
      <h2 id="sessions-title">{text.account.sessions}</h2>
      <p className="muted">{text.account.sessionsNote}</p>
      {sessions.isError && <p className="form-error">{text.networkError}</p>}
      {sessions.data && (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{text.account.device}</th>
              <th scope="col">{text.account.sessionAddress}</th>
              <th scope="col">{text.account.sessionStarted}</th>
              <th scope="col">{text.account.sessionSeen}</th>
              <th scope="col">{text.account.endSession}</th>
            </tr>
          </thead>
          <tbody>
            {sessions.data.map((session) => (
              <tr key={session.id}>
                <td title={session.userAgent ?? undefined}>
                  {device(session)}
                  {session.current && <strong> ({text.account.thisSession})</strong>}
                </td>
                <td>{session.address ?? '—'}</td>
                <td>{formatMoment(session.createdAt, language)}</td>
                <td>{formatMoment(session.lastSeenAt, language)}</td>
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
            ))}
          </tbody>
        </table>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="buttons">
        <button type="button" onClick={() => dialog.current?.close()}>
          {text.close}
        </button>
      </div>
    </dialog>
  )
}
