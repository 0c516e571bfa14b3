import { badText } from './bad-values'
import type { FuzzKind } from './cases'

// What wraps a request: headers, cookies and tokens, drawn per request from the run's seeded random
// numbers. Half the requests go as they are; the others get one bad envelope. Pure.

export type Envelope = {
  kind: FuzzKind | null
  label: string
  headers: Record<string, string>
  /** What becomes of the caller's session cookie: kept, dropped, or replaced by `headers.cookie`. */
  session: 'keep' | 'drop' | 'replace'
}

// Header values are bytes (Latin-1); the bad text goes percent-encoded, plus a few raw oddities.
const junk = [
  ...badText.map((value) => encodeURIComponent(value).slice(0, 16 * 1024)),
  'ÿþ',
  '\t x \t',
  'a'.repeat(16 * 1024),
]

type Maker = (
  pick: <T>(list: T[]) => T,
  token: string | undefined,
) => Omit<Envelope, 'session'> & {
  session?: Envelope['session']
}

const makers: Maker[] = [
  (pick) => ({ kind: 'token', label: 'a bearer token of junk', headers: { authorization: `Bearer ${pick(junk)}` } }),
  (_pick, token) => ({
    kind: 'token',
    label: 'the session as a bearer token, no cookie',
    headers: { authorization: `Bearer ${token ?? 'A'.repeat(43)}` },
    session: 'drop',
  }),
  (pick) => ({
    kind: 'token',
    label: 'a basic token',
    headers: { authorization: pick(['Basic YWRtaW46YWRtaW4=', 'Basic', 'Basic %%%', 'Digest x']) },
  }),
  (pick) => ({
    kind: 'cookie',
    label: 'a junk session cookie',
    headers: { cookie: `portal_session=${pick(junk)}` },
    session: 'replace',
  }),
  (_pick, token) => ({
    kind: 'cookie',
    label: 'the session cookie twice, the second junk',
    headers: { cookie: `portal_session=${token ?? 'x'}; portal_session=${'A'.repeat(43)}` },
    session: 'replace',
  }),
  (_pick, token) => ({
    kind: 'cookie',
    label: '300 cookies around the session',
    headers: {
      cookie: [
        ...Array.from({ length: 300 }, (_, index) => `c${index}=${index}`),
        `portal_session=${token ?? ''}`,
      ].join('; '),
    },
    session: 'replace',
  }),
  () => ({ kind: 'cookie', label: 'no session cookie', headers: {}, session: 'drop' }),
  (pick) => ({
    kind: 'header',
    label: 'a bad accept-encoding',
    headers: { 'accept-encoding': pick(['br;q=x, gzip;q=-1', '*;q=0', 'x'.repeat(8192), 'zstd, identity;q=0']) },
  }),
  (pick) => ({
    kind: 'header',
    label: 'a bad conditional',
    headers: { 'if-none-match': pick(['*', 'W/', '"x", W/"y"', ...junk]), 'if-modified-since': pick(junk) },
  }),
  (pick) => ({
    kind: 'header',
    label: 'a bad range',
    headers: { range: pick(['bytes=0-', 'bytes=-1', 'bytes=9-1', 'lines=1-2', ...junk]) },
  }),
  (pick) => ({
    kind: 'header',
    label: 'a bad content type',
    headers: { 'content-type': pick(['application/json; charset=utf-7', 'multipart/form-data', 'text/html', ...junk]) },
  }),
  (pick) => ({
    kind: 'header',
    label: 'a foreign origin',
    headers: { origin: pick(['null', 'http://evil.example', 'http://localhost:1', ...junk]) },
  }),
  (pick) => ({
    kind: 'header',
    label: 'forwarding headers',
    headers: {
      'x-forwarded-for': pick(junk),
      'x-forwarded-proto': pick(['https', 'gopher', ...junk]),
      forwarded: pick(junk),
    },
  }),
  (pick) => ({ kind: 'header', label: 'a bad request id', headers: { 'x-request-id': pick(junk) } }),
  (pick) => ({
    kind: 'header',
    label: 'odd languages and agents',
    headers: {
      'accept-language': pick(junk),
      'user-agent': pick(junk),
      accept: pick(['*/*;q=x', 'text/csv', ...junk]),
    },
  }),
  (pick) => ({
    kind: 'header',
    label: 'claims of a role',
    headers: { 'x-roles': 'border', 'x-portal-roles': 'admin', 'x-forwarded-user': pick(junk) },
  }),
]

/** The envelope of one request; `random` is the run's seeded generator, `token` the caller's session. */
export function envelope(random: () => number, token: string | undefined): Envelope {
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!
  if (random() < 0.5) return plain
  const made = pick(makers)(pick, token)
  return { session: 'keep', ...made }
}

/** No envelope: the request as the case makes it. */
export const plain: Envelope = { kind: null, label: 'as is', headers: {}, session: 'keep' }
