import { hash, verify } from '@node-rs/argon2'
import type { Message } from '../message'

// argon2id (the @node-rs/argon2 default algorithm) with its default cost: 19 MiB, 2 passes (OWASP's
// minimum recommendation), prebuilt binaries for Node.
export const minimumPasswordLength = 10

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

/** What is wrong with a new password, in both languages, or null when it is acceptable. */
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
  return null
}
