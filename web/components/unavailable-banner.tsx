import { errorText } from '../i18n/error-text'
import { useText } from '../i18n/text'
import { useUnavailable } from '../queries'

/** While the database is away: the server's own sentence, until the data is back (queries.ts retries). */
export function UnavailableBanner() {
  const { language } = useText()
  const reason = useUnavailable()
  if (!reason) return null
  return (
    <p className="unavailable-banner" role="status" aria-live="polite">
      {errorText(reason, language)}
    </p>
  )
}
