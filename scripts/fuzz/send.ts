import type { FuzzCase } from './cases'
import type { Envelope } from './envelope'

// One malformed request, sent in-process through the app's own fetch handler (as the route tests
// do): every request an HTTP client can send reaches the same handlers a socket's would. What only
// a raw socket can send (broken HTTP itself) is refused by Node's HTTP parser and is not sent here.

export const origin = 'http://localhost'

type Fetcher = { request: (input: Request) => Response | Promise<Response> }
export type Sent = { status: number; text: string } | { unsendable: string } | { timedOut: true }

/** The request's headers: the portal's own Origin on unsafe methods, the case's, the envelope's, the session. */
function headersOf(method: string, item: FuzzCase, wrapping: Envelope, session: string | undefined) {
  const headers: Record<string, string> = method === 'GET' || method === 'HEAD' ? {} : { origin }
  if (item.body !== undefined) headers['content-type'] = 'application/json'
  Object.assign(headers, item.headers, wrapping.headers)
  if (!item.headers?.cookie && wrapping.session === 'keep' && session) headers.cookie = session
  return headers
}

/** Sends one request and reads its whole answer; a request that gets no answer in `timeoutMs` is reported. */
export async function send(
  app: Fetcher,
  method: string,
  item: FuzzCase,
  wrapping: Envelope,
  session: string | undefined,
  timeoutMs: number,
): Promise<Sent> {
  let request: Request
  try {
    const body = item.body !== undefined ? JSON.stringify(item.body) : (item.form ?? item.rawBody)
    // As any HTTP client does, the URL's dot segments are resolved before sending.
    request = new Request(`${origin}${item.url}`, {
      method,
      headers: headersOf(method, item, wrapping, session),
      body: method === 'GET' || method === 'HEAD' ? undefined : (body as BodyInit | undefined),
    })
  } catch (error) {
    return { unsendable: (error as Error).message }
  }
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<Sent>((resolve) => {
    timer = setTimeout(() => resolve({ timedOut: true }), timeoutMs)
  })
  const answered = (async (): Promise<Sent> => {
    const response = await app.request(request)
    return { status: response.status, text: await response.text() }
  })()
  try {
    return await Promise.race([answered, late])
  } finally {
    clearTimeout(timer)
  }
}
