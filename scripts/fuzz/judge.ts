// What an answer must never be: a refusal that is not `{ error }` in words a person can act on, or
// any answer that shows the server's insides (a stack trace, a source position, SQL or the
// database's own error text). Pure; used by npm run fuzz and the route tests.

export type AnswerText = { status: number; text: string }

// A stack frame ("at f (file.ts:1:2)"), a source position, or SQL and driver names: never in a refusal.
const internals = [
  /\n[ \t]+at\s/,
  /\bat\s+\S+\s+\(/,
  /\.[jt]s:\d+/,
  /\bselect\s/i,
  /\bfrom\s+defence\b/i,
  /postgres|zod/i,
]

// The same, but certain enough to search every answer, data included (a commune's name or an
// export's text may say "select" or "postgres"; they never carry a stack frame or an SQL error).
const insides = [
  /\.[cm]?[jt]sx?:\d+:\d+/, // a source position, as every stack frame has
  /\bnode:internal\//,
  /\bnode_modules\//,
  /\b(?:Type|Reference|Syntax|Range)Error: /,
  /\bPostgresError\b|\bSQLSTATE\b/i,
  /syntax error at or near/i,
  /\bviolates (?:not-null|foreign key|unique|check|exclusion) constraint\b/i,
  /\b(?:relation|column|function|schema) \\?"[^"\n]{1,100}" does not exist\b/i, // \" inside JSON
  /\binvalid input syntax for type\b/i,
  /\bcurrent transaction is aborted\b/i,
  /\bselect\s+(?:\*|count\(|distinct\s)/i,
  /\binsert\s+into\s|\bdelete\s+from\s|\bon\s+conflict\s/i,
  /\$\d+::[a-z]/,
]

/** What is wrong with an answer of status 400 or more: it must be JSON `{ error }`, a sentence without internals. */
export function errorProblems(answer: AnswerText): string[] {
  if (answer.status < 400) return []
  let body: unknown
  try {
    body = JSON.parse(answer.text)
  } catch {
    return [`${answer.status} is not JSON: ${answer.text.slice(0, 200)}`]
  }
  const error = (body as { error?: unknown } | null)?.error
  // A refused upload also lists its problems (row, column, message), and every Refusal says what is
  // wrong in both languages (server/message.ts): that is those answers' point.
  const message = (body as { message?: { vi?: unknown; en?: unknown } }).message
  const bilingual = typeof message?.vi === 'string' && typeof message.en === 'string'
  const extra = (key: string) => (answer.status === 400 && key === 'problems') || (key === 'message' && bilingual)
  const keys = Object.keys(body as object).filter((key) => !extra(key))
  if (typeof error !== 'string' || error.trim() === '' || keys.length !== 1)
    return [`${answer.status} is not { error: string }: ${answer.text.slice(0, 200)}`]
  // Issue 10 §3: a person reads the refusal, in Vietnamese first (server/message.ts).
  if (!bilingual || String(message.vi).trim() === '' || message.vi === message.en)
    return [`${answer.status} does not say it in Vietnamese and English: ${answer.text.slice(0, 200)}`]
  const texts = bilingual ? [error, String(message.vi), String(message.en)] : [error]
  return internals.flatMap((pattern) =>
    texts.filter((text) => pattern.test(text)).map((text) => `${answer.status} ${text} shows ${pattern}`),
  )
}

/** The server's insides found in any answer's body (success or refusal). */
export function insidesShown(text: string): string[] {
  return insides.filter((pattern) => pattern.test(text)).map((pattern) => `shows ${pattern}`)
}

/** Everything wrong with an answer to malformed input: a server error, a bad refusal, internals. */
export function answerProblems(answer: AnswerText): string[] {
  const problems = [...errorProblems(answer), ...insidesShown(answer.text)]
  if (answer.status >= 500) problems.unshift(`status ${answer.status}: ${answer.text.slice(0, 100)}`)
  return problems
}
