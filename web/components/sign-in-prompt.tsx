import { useState } from 'react'
import { useRoleText } from '../i18n/role-text'
import { useText } from '../i18n/text'
import { SignInDialog } from './sign-in-dialog'

type Props = {
  /** The page that was asked for. */
  page: 'border' | 'admin'
  /** Someone is signed in, without the role the page needs. */
  signedIn: boolean
  onSignedIn: () => void
  onMap: () => void
}

/**
 * A page the visitor may not open (a border officer's link opened by the public, issue 10 §5: a
 * white page): the public map stays, and this says why and offers to sign in.
 */
export function SignInPrompt({ page, signedIn, onSignedIn, onMap }: Props) {
  const { text } = useText()
  const words = useRoleText()
  const [open, setOpen] = useState(false)
  return (
    <div className="sign-in-prompt" role="status">
      <p>
        {signedIn ? words.signInNeeded.wrongRole : words.signInNeeded[page]} {words.signInNeeded.showingMap}
      </p>
      <div className="buttons">
        {!signedIn && (
          <button type="button" className="primary" onClick={() => setOpen(true)}>
            {text.account.signIn}
          </button>
        )}
        <button type="button" onClick={onMap}>
          {text.views.map}
        </button>
      </div>
      {open && (
        <SignInDialog
          onClose={() => setOpen(false)}
          onSignedIn={() => {
            setOpen(false)
            onSignedIn()
          }}
        />
      )}
    </div>
  )
}
