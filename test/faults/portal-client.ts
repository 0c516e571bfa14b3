import type { PortalProcess } from '../portal-process'
import { runScript } from '../portal-process'

// Requests to a portal child process as a browser makes them (own Origin on changes, the session cookie).

export const testPassword = 'a long test password for faults 1'

/** Adds an account with user:add (through the running portal's administration socket) and signs it in. */
export async function signedIn(portal: PortalProcess, dataDir: string, username: string, role: string) {
  runScript(
    'scripts/user.ts',
    ['add', '--username', username, '--role', role],
    { PORTAL_DATA_DIR: dataDir },
    {
      input: `${testPassword}\n`,
    },
  )
  const answer = await fetch(`${portal.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: portal.url },
    body: JSON.stringify({ username, password: testPassword }),
  })
  if (answer.status !== 200) throw new Error(`sign-in failed: ${answer.status} ${await answer.text()}`)
  return (answer.headers.get('set-cookie') ?? '').split(';')[0]!
}

/** A POST with the portal's own Origin and the session cookie; the status and the JSON answer. */
export async function post(portal: PortalProcess, cookie: string, url: string, body: unknown) {
  const answer = await fetch(`${portal.url}${url}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: portal.url, cookie },
    body: JSON.stringify(body),
  })
  return { status: answer.status, body: (await answer.json().catch(() => null)) as Record<string, unknown> | null }
}
