import { lazy, type RefObject, Suspense, useEffect, useRef, useState } from 'react'
import { api, type Profile } from '../api'
import { useText } from '../i18n/text'
import { SignInDialog } from './sign-in-dialog'

// A signed-in user's dialogs load when opened, not with the public map (issue 13 §2).
const PasswordDialog = lazy(() => import('./password-dialog').then((module) => ({ default: module.PasswordDialog })))
const SessionsDialog = lazy(() => import('./sessions-dialog').then((module) => ({ default: module.SessionsDialog })))

type Props = { profile: Profile | null; onChange: () => void; onAdmin: () => void }

/** Sign in, or: who is signed in, their roles, change password, my sessions, administration, sign out. */
export function AccountMenu({ profile, onChange, onAdmin }: Props) {
  const { text } = useText()
  const [dialog, setDialog] = useState<'sign-in' | 'password' | 'sessions' | null>(null)
  const menu = useRef<HTMLDetailsElement>(null)
  useMenuClosing(menu, dialog === null)
  if (!profile) {
    return (
      <>
        <button type="button" className="primary" onClick={() => setDialog('sign-in')}>
          {text.account.signIn}
        </button>
        {dialog === 'sign-in' && (
          <SignInDialog
            onClose={() => setDialog(null)}
            onSignedIn={() => {
              setDialog(null)
              onChange()
            }}
          />
        )}
      </>
    )
  }
  const { account } = profile
  // A menu closes once what was chosen in it is done: at once for a page, when its dialog closes for
  // a dialog (the dialogs live inside the menu). It stayed open, so the next click on the name
  // closed it instead of opening it.
  const choose = (action: () => void) => {
    if (menu.current) menu.current.open = false
    action()
  }
  const closeDialog = () => choose(() => setDialog(null))
  return (
    <details className="account" ref={menu}>
      <summary title={text.account.signedInAs(account.username)}>{account.displayName ?? account.username}</summary>
      <div className="account-menu">
        <p className="muted">
          {text.account.signedInAs(account.username)} ·{' '}
          {account.roles.map((role) => text.account.roles[role] ?? role).join(', ')}
        </p>
        {(profile.can.manageUsers || profile.can.readAudit) && (
          <button type="button" onClick={() => choose(onAdmin)}>
            {text.views.admin}
          </button>
        )}
        <button type="button" onClick={() => setDialog('password')}>
          {text.account.changePassword}
        </button>
        <button type="button" onClick={() => setDialog('sessions')}>
          {text.account.sessions}
        </button>
        <button
          type="button"
          onClick={async () => {
            await api.logout()
            onChange()
          }}
        >
          {text.account.signOut}
        </button>
      </div>
      <Suspense fallback={null}>
        {dialog === 'password' && <PasswordDialog onClose={closeDialog} />}
        {dialog === 'sessions' && (
          <SessionsDialog
            onClose={closeDialog}
            onSignedOut={() => {
              setDialog(null)
              onChange()
            }}
          />
        )}
      </Suspense>
    </details>
  )
}

/**
 * The open menu closes on Escape (focus back on its summary) and on a click or tap outside it, as a
 * menu does (issue 10 §5); not while one of its dialogs is open, which has its own Escape.
 */
function useMenuClosing(menu: RefObject<HTMLDetailsElement | null>, active: boolean) {
  useEffect(() => {
    if (!active) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !menu.current?.open) return
      menu.current.open = false
      menu.current.querySelector('summary')?.focus()
    }
    const onPointer = (event: PointerEvent) => {
      if (menu.current?.open && !menu.current.contains(event.target as Node)) menu.current.open = false
    }
    document.addEventListener('keydown', onKey)
    document.addEventListener('pointerdown', onPointer)
    return () => {
      document.removeEventListener('keydown', onKey)
      document.removeEventListener('pointerdown', onPointer)
    }
  }, [menu, active])
}
