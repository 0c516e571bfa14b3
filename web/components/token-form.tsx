import { useId, useState } from 'react'
import { api, type NewToken } from '../api'
import { useText } from '../i18n/text'
import { useChange } from '../queries'

type Props = { onError: (caught: unknown) => void }

const defaultDays = 90

/**
 * Makes a personal access token (issue #13 §4): a name and a lifetime; the token is shown once,
 * with how to use it in QGIS, and never again (the server keeps only its hash).
 */
export function TokenForm({ onError }: Props) {
  const { text } = useText()
  const id = useId()
  const [name, setName] = useState('')
  const [days, setDays] = useState(String(defaultDays))
  const [made, setMade] = useState<NewToken | null>(null)
  const [copied, setCopied] = useState(false)
  const create = useChange(api.createToken, [['tokens']])
  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    setCopied(false)
    create.mutate(
      { name, days: Number(days) },
      {
        onError,
        onSuccess: (answer) => {
          setMade(answer)
          setName('')
        },
      },
    )
  }
  const copy = async (token: string) => {
    await navigator.clipboard?.writeText(token).catch(() => undefined)
    setCopied(true)
  }
  return (
    <section className="token-form" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{text.account.newToken}</h3>
      <p className="muted">{text.account.newTokenNote}</p>
      <form onSubmit={submit}>
        <label>
          {text.account.tokenName}
          <input value={name} onChange={(event) => setName(event.target.value)} maxLength={100} required />
        </label>
        <label>
          {text.account.tokenDays}
          <input
            type="number"
            min={1}
            max={365}
            step={1}
            value={days}
            onChange={(event) => setDays(event.target.value)}
            required
          />
        </label>
        <button type="submit" disabled={create.isPending}>
          {text.account.createToken}
        </button>
      </form>
      {made && (
        <div className="token-made" role="status">
          <p>
            <strong>{text.account.tokenShownOnce}</strong>
          </p>
          <p>
            <code className="token-text">{made.token}</code>{' '}
            <button type="button" onClick={() => copy(made.token)}>
              {text.account.copyToken}
            </button>{' '}
            {copied && <span>{text.account.copied}</span>}
          </p>
          <p className="muted">{text.account.tokenUse(api.ogcAddress())}</p>
        </div>
      )}
    </section>
  )
}
