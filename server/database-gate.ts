import type { MiddlewareHandler } from 'hono'
import { type Availability, databaseAway, statementTimedOut } from './availability'
import { type Message, Refusal } from './message'

const retryAfter = { 'Retry-After': '5' }

export const unavailable: Message = {
  vi: 'Dữ liệu tạm thời không truy cập được (cơ sở dữ liệu đang khởi động lại). Vui lòng thử lại sau ít giây.',
  en: 'The data is temporarily unavailable (the database is restarting). Please try again in a few seconds.',
}
const tooLong: Message = {
  vi: 'Yêu cầu chạy quá lâu nên đã bị dừng. Vui lòng thử lại; nếu vẫn lặp lại, hãy báo cho quản trị viên.',
  en: 'The request took too long and was stopped. Please try again; if it keeps happening, tell the administrator.',
}

/** Requests that need the database are answered 503 at once while it is away (availability.ts). */
export function databaseGate(availability: Availability): MiddlewareHandler {
  return async (_c, next) => {
    if (!availability.ready()) throw new Refusal(503, unavailable, retryAfter)
    await next()
  }
}

/** The refusal for an error that means the database is away or a statement ran too long, else undefined. */
export function databaseRefusal(error: unknown, availability: Pick<Availability, 'failed'>): Refusal | undefined {
  if (databaseAway(error)) {
    availability.failed()
    return new Refusal(503, unavailable, retryAfter)
  }
  if (statementTimedOut(error)) return new Refusal(503, tooLong, retryAfter)
  return undefined
}
