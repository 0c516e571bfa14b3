import { errorText } from '../i18n/error-text'
import { useText } from '../i18n/text'

type Props = { what: keyof ReturnType<typeof useText>['text']['what']; error: unknown; onRetry: () => void }

/** A failed request says what failed and offers a retry, instead of leaving a blank map. */
export function LoadError({ what, error, onRetry }: Props) {
  const { text, language } = useText()
  const message = errorText(error, language)
  return (
    <div className="load-error" role="alert">
      <p>{text.loadFailed(text.what[what], message)}</p>
      <button type="button" onClick={onRetry}>
        {text.retry}
      </button>
    </div>
  )
}

export function Loading() {
  const { text } = useText()
  return (
    <p className="loading" role="status" aria-live="polite">
      {text.loading}
    </p>
  )
}
