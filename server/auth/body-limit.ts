import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { refusalBody } from '../message'

// Small bodies (issue #9: a 50 MB sign-in body was read and parsed). Every API request body is
// limited before anything reads it: a few KB for the account routes (a username and passwords),
// tens of KB for any other JSON. The two uploads keep their own, larger limits: restricted zones
// (1 MB, routes/zones.ts) and the import's file (5 MB, routes/import-params.ts).

export const bodyLimits = { account: 4 * 1024, ordinary: 32 * 1024 } as const

const tooLarge = (maxSize: number) =>
  bodyLimit({
    maxSize,
    onError: (c) =>
      c.json(
        refusalBody({
          vi: `Nội dung gửi lên lớn hơn giới hạn ${maxSize / 1024} KB của yêu cầu này.`,
          en: `The request body is larger than this request's limit of ${maxSize / 1024} KB.`,
        }),
        413,
      ),
  })

const account = tooLarge(bodyLimits.account)
const ordinary = tooLarge(bodyLimits.ordinary)

/** Routes that set their own limit. */
const hasOwnLimit = (method: string, path: string) =>
  (method === 'POST' && path === '/api/imports') ||
  ((method === 'POST' || method === 'PATCH') && path.startsWith('/api/zones/restricted'))

export function limitBodies(): MiddlewareHandler {
  return async (c, next) => {
    if (hasOwnLimit(c.req.method, c.req.path)) return next()
    return (c.req.path.startsWith('/api/auth/') ? account : ordinary)(c, next)
  }
}
