import { useEffect, useRef, useState } from 'react'
import { api } from '../api'
import { errorText } from '../i18n/error-text'
import { useText } from '../i18n/text'

/** Every user can change their own password; the server says what is wrong with a new one. */
export function PasswordDialog({ onClose }: { onClose: () => void }) {
  const { text, language } = useText()
  const dialog = useRef<HTMLDialogElement>(null)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  useEffect(() => dialog.current?.showModal(), [])
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="password-title" onClose={onClose}>
      <form
        onSubmit={async (event) => {
          event.preventDefault()
          const form = new FormData(event.currentTarget)
          try {
            await api.changePassword(String(form.get('current')), String(form.get('next')))
            setMessage({ ok: true, text: text.account.changed })
          } catch (caught) {
            setMessage({
              ok: false,
              text: errorText(caught, language),
            })
          }
        }}
      >
        <h2 id="password-title">{text.account.changePassword}</h2>
        <label className="field">
          <span>{text.account.currentPassword}</span>
          <input name="current" type="password" autoComplete="current-password" required />
        </label>
        <label className="field">
          <span>{text.account.newPassword}</span>
          <input name="next" type="password" autoComplete="new-password" required minLength={10} />
        </label>
        {message && (
          <p className={message.ok ? 'form-ok' : 'form-error'} role="status">
            {message.text}
          </p>
        )}
        <div className="buttons">
          <button type="button" onClick={() => dialog.current?.close()}>
            {text.close}
          </button>
          <button type="submit" className="primary">
            {text.account.save}
          </button>
        </div>
      </form>
    </dialog>
  )
}
