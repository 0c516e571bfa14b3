import { hash, verify } from '@node-rs/argon2'
import { ZxcvbnFactory, type ZxcvbnResult } from '@zxcvbn-ts/core'
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common'
import type { Message } from '../message'

// argon2id (the @node-rs/argon2 default algorithm) with its default cost: 19 MiB, 2 passes (OWASP's
// minimum recommendation), prebuilt binaries for Node.
export const minimumPasswordLength = 10
/** zxcvbn's score (0–4) a new password needs: 3 is "safely unguessable" (~10^8 guesses). */
export const minimumPasswordScore = 3

export function hashPassword(password: string): Promise<string> {
  return hash(password)
}

// A hash of a password nobody knows: checking against it when the account does not exist takes
// as long as a real check, so the time of the answer does not tell whether a username exists.
let decoy: Promise<string> | undefined

export async function checkPassword(passwordHash: string | null, password: string): Promise<boolean> {
  decoy ??= hash('decoy password that is never used')
  const stored = passwordHash ?? (await decoy)
  const ok = await verify(stored, password).catch(() => false)
  return ok && passwordHash !== null
}

// zxcvbn-ts with the common passwords, names and keyboard layouts of every language (issue 10 §5:
// "1234567890" was accepted). Its ranked dictionaries take a moment to build: once, when first asked.
let estimator: ZxcvbnFactory | undefined
// Words anyone would try against this portal first, besides the account's own name.
const portalWords = ['lang son', 'langson', 'lạng sơn', 'mat khau', 'matkhau', 'mật khẩu', 'portal', 'ban do', 'bando']

function strength(password: string, username: string): ZxcvbnResult {
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs, useLevenshteinDistance: true })
  return estimator.check(password, [username, ...portalWords])
}

// Why zxcvbn found a password guessable, by its warning key (@zxcvbn-ts/core translationKeys).
const weakBecause: Record<string, Message> = {
  straightRow: { vi: 'đó là một hàng phím liền nhau', en: 'it is a straight row of keys' },
  keyPattern: { vi: 'đó là một mẫu gõ phím ngắn', en: 'it is a short keyboard pattern' },
  simpleRepeat: { vi: 'nó lặp lại một ký tự', en: 'it repeats one character' },
  extendedRepeat: { vi: 'nó lặp lại một chuỗi ký tự', en: 'it repeats a group of characters' },
  sequences: { vi: 'đó là một dãy dễ đoán (như 1234 hay abcd)', en: 'it is an easy sequence (like 1234 or abcd)' },
  recentYears: { vi: 'nó dựa vào một năm gần đây', en: 'it relies on a recent year' },
  dates: { vi: 'nó dựa vào một ngày tháng', en: 'it relies on a date' },
  topTen: { vi: 'nó nằm trong 10 mật khẩu phổ biến nhất', en: 'it is one of the 10 most common passwords' },
  topHundred: { vi: 'nó nằm trong 100 mật khẩu phổ biến nhất', en: 'it is one of the 100 most common passwords' },
  common: { vi: 'đó là một mật khẩu phổ biến', en: 'it is a commonly used password' },
  similarToCommon: { vi: 'nó gần giống một mật khẩu phổ biến', en: 'it is similar to a commonly used password' },
  wordByItself: { vi: 'một từ đơn lẻ rất dễ đoán', en: 'a single word is easy to guess' },
  namesByThemselves: { vi: 'tên người rất dễ đoán', en: 'names on their own are easy to guess' },
  commonNames: { vi: 'nó dựa vào tên người phổ biến', en: 'it relies on common names' },
  userInputs: {
    vi: 'nó chứa tên đăng nhập hoặc tên của cổng thông tin',
    en: "it contains the username or the portal's name",
  },
  pwned: { vi: 'nó đã lộ trong các vụ rò rỉ dữ liệu', en: 'it has appeared in data breaches' },
}
const tooEasy = { vi: 'nó quá dễ đoán', en: 'it is too easy to guess' }

/**
 * What is wrong with a new password, in both languages, or null when it is acceptable: the one
 * home of the rule, used by the account routes (the web forms show the server's answer) and by
 * `npm run user:add` / `user:password`. Long enough, not the username, and hard to guess.
 */
export function passwordProblem(password: string, username: string): Message | null {
  if (password.length < minimumPasswordLength)
    return {
      vi: `Mật khẩu phải có ít nhất ${minimumPasswordLength} ký tự.`,
      en: `The password must have at least ${minimumPasswordLength} characters.`,
    }
  if (password.length > 200)
    return { vi: 'Mật khẩu được dài tối đa 200 ký tự.', en: 'The password must have at most 200 characters.' }
  if (password.toLowerCase().includes(username.toLowerCase()))
    return { vi: 'Mật khẩu không được chứa tên đăng nhập.', en: 'The password must not contain the username.' }
  const result = strength(password, username)
  if (result.score >= minimumPasswordScore) return null
  const reason = (result.feedback.warning && weakBecause[result.feedback.warning]) || tooEasy
  return {
    vi: `Mật khẩu quá yếu: ${reason.vi}. Hãy dùng vài từ không liên quan đến nhau, ví dụ ba bốn từ ghép lại.`,
    en: `The password is too weak: ${reason.en}. Use a few unrelated words, for example three or four together.`,
  }
}
