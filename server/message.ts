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

/** A parameter refused: "Bad parameter: weights: …", the form every refused parameter takes. */
export const badParameter = (name: string, problem: Message): Message => ({
  vi: `Tham số sai: ${name}: ${problem.vi}`,
  en: `Bad parameter: ${name}: ${problem.en}`,
})

/** The body of a refusal. */
export const refusalBody = (message: Message) => ({ error: message.en, message })

// Hono's own refusals (a body that is not JSON, a form that cannot be read) are in English only.
const honoRefusals: { start: string; message: Message }[] = [
  {
    start: 'Malformed JSON',
    message: { vi: 'Nội dung gửi lên không phải JSON hợp lệ.', en: 'Malformed JSON in request body' },
  },
  {
    start: 'Malformed FormData',
    message: { vi: 'Không đọc được biểu mẫu gửi lên.', en: 'Malformed FormData request.' },
  },
]

/**
 * Any refusal as a Refusal: ours as they are, Hono's own in both languages; undefined for anything
 * else (a failure of ours, answered 500 without internals). The only place that reads an
 * HTTPException: every refusal of the portal's own is a Refusal (test/server/message.test.ts).
 */
export function asRefusal(error: unknown): Refusal | undefined {
  if (error instanceof Refusal) return error
  if (!(error instanceof HTTPException)) return undefined
  const known = honoRefusals.find((item) => error.message.startsWith(item.start))
  return new Refusal(
    error.status as ContentfulStatusCode,
    known?.message ?? {
      vi: `Yêu cầu bị từ chối (mã HTTP ${error.status}).`,
      en: `The request was refused (HTTP ${error.status}).`,
    },
  )
}

/** The message in one language. */
export const say = (message: Message, language: keyof Message) => message[language]
