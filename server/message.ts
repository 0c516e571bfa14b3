import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

// Every sentence a person may read exists in Vietnamese (first) and English (CONVENTIONS 17). The
// server answers a refusal as `{ error: <English>, message: { vi, en } }`: `error` for scripts and
// logs, `message` for people; web/api.ts shows `message[language]`.

export type Message = { vi: string; en: string }

/** A refusal a person can act on: an HTTP status and what is wrong, in both languages. */
export class Refusal extends HTTPException {
  readonly bilingual: Message
  constructor(
    status: ContentfulStatusCode,
    message: Message,
    readonly headers: Record<string, string> = {},
  ) {
    super(status, { message: message.en })
    this.bilingual = message
  }
}

/** The body of a refusal. */
export const refusalBody = (message: Message) => ({ error: message.en, message })

/** The message in one language. */
export const say = (message: Message, language: keyof Message) => message[language]
