import { z } from 'zod'
import type { Message } from '../message'

// The words of our zod schemas, in both languages (CONVENTIONS 17). A zod check holds one string;
// `says` gives it the English and keeps the Vietnamese beside it, found again by the English when
// validate() answers. It is for messages fixed when a schema is built (a registry of the input's
// words would grow with every hostile request): a message built from the input goes through
// `bilingual`, which carries the Vietnamese in the issue itself. test/server/message.test.ts fails
// on a schema message written as a bare string.

const vietnameseOf = new Map<string, string>()

/** A schema message (`.min(1, says(…))`, `z.string(says(…))`): the English for zod, the Vietnamese kept. */
export function says(message: Message): { message: string } {
  const known = vietnameseOf.get(message.en)
  if (known !== undefined && known !== message.vi)
    throw new Error(`"${message.en}" is said in Vietnamese twice: "${known}" and "${message.vi}"`)
  vietnameseOf.set(message.en, message.vi)
  return { message: message.en }
}

/**
 * A custom zod issue (or refine option) that says what is wrong in both languages: `message` is the
 * English, `params.vi` the Vietnamese.
 */
export const bilingual = (message: Message) => ({ message: message.en, params: { vi: message.vi } })

// zod's own words, for a check that has none of ours (say, a type zod refuses before our checks run).
const zodVietnamese = z.locales.vi().localeError

/** What a zod issue says, in both languages. */
export function issueMessage(issue: z.core.$ZodIssue): Message {
  const carried = (issue as { params?: { vi?: unknown } }).params?.vi
  if (typeof carried === 'string') return { vi: carried, en: issue.message }
  const kept = vietnameseOf.get(issue.message)
  if (kept !== undefined) return { vi: kept, en: issue.message }
  const fromZod = zodVietnamese(issue as never)
  const vi = typeof fromZod === 'string' ? fromZod : fromZod?.message
  return { vi: vi ?? 'không hợp lệ', en: issue.message }
}

/** The phrases many schemas share. */
export const phrase = {
  required: { vi: 'là bắt buộc', en: 'is required' },
  tooLong: { vi: 'quá dài', en: 'is too long' },
  number: { vi: 'phải là một số', en: 'must be a number' },
  wholeNumber: { vi: 'phải là số nguyên', en: 'must be a whole number' },
  year: { vi: 'phải là một năm', en: 'must be a year' },
  trueOrFalse: { vi: 'phải là true hoặc false', en: 'must be true or false' },
  atLeast: (limit: number | string): Message => ({ vi: `phải từ ${limit} trở lên`, en: `must be at least ${limit}` }),
  atMost: (limit: number | string): Message => ({ vi: `phải không quá ${limit}`, en: `must be at most ${limit}` }),
  from: (year: number): Message => ({ vi: `phải từ ${year} trở đi`, en: `must be ${year} or later` }),
  until: (year: number): Message => ({ vi: `phải không muộn hơn ${year}`, en: `must be ${year} or earlier` }),
  atMostCharacters: (count: string): Message => ({
    vi: `phải có tối đa ${count.replace(',', '.')} ký tự`,
    en: `must be at most ${count} characters`,
  }),
  oneOf: (choices: readonly string[]): Message => ({
    vi: `phải là ${choices.slice(0, -1).join(', ')} hoặc ${choices.at(-1)}`,
    en: `must be ${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}`,
  }),
}
