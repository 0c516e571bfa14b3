import { useEffect, useRef, useState } from 'react'
import { api, type Profile } from '../api'
import { errorText } from '../i18n/error-text'
import { useText } from '../i18n/text'

type Props = { onSignedIn: (profile: Profile) => void; onClose: () => void }

/** A modal sign-in form: the server's message (wrong credentials, wait N seconds) in the page's language. */
export function SignInDialog({ onSignedIn, onClose }: Props) {
  const { text, language } = useText()
  const dialog = useRef<HTMLDialogElement>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  useEffect(() => dialog.current?.showModal(), [])
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="sign-in-title" onClose={onClose}>
      <form
        onSubmit={async (event) => {
          event.preventDefault()
          const form = new FormData(event.currentTarget)
          setBusy(true)
          setError(null)
          try {
            onSignedIn(await api.login(String(form.get('username')), String(form.get('password'))))
          } catch (caught) {
            setError(errorText(caught, language))
          } finally {
            setBusy(false)
          }
        }}
      >
        <h2 id="sign-in-title">{text.account.signIn}</h2>
        <label className="field">
          <span>{text.account.username}</span>
          <input name="username" autoComplete="username" required maxLength={100} />
        </label>
        <label className="field">
          <span>{text.account.password}</span>
          <input name="password" type="password" autoComplete="current-password" required maxLength={500} />
        </label>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="buttons">
          <button type="button" onClick={() => dialog.current?.close()}>
            {text.account.cancel}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {text.account.signIn}
          </button>
        </div>
      </form>
    </dialog>
  )
}
