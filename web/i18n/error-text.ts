import { ApiError, ImportRefused } from '../api'
import type { Language } from '../format'
import { textFor } from './text'

/**
 * What went wrong, in the page's language: the server's own message (every refusal carries
 * { vi, en }, server/message.ts), else a sentence of ours for a server that could not be reached
 * or answered without one (a proxy's error page). The one way the web shows a failed request.
 */
export function errorText(error: unknown, language: Language): string {
  const text = textFor(language)
  if (error instanceof ApiError || error instanceof ImportRefused) {
    if (error.localised) return error.localised[language]
    if (error instanceof ApiError && error.status !== 0) return text.httpError(error.status)
  }
  return text.networkError
}
