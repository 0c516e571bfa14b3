// The public answers of one data version, kept compressed (gzip and brotli), with a strong ETag;
// bounded by their compressed size, the least recently used leaving first. Answers of an older
// version are dropped as soon as a newer one is known. Concurrent requests for an answer being
// built wait for that one build (`builds` counts them: one per answer and version).

export type Answer = {
  version: number
  etag: string
  /** The handler's own headers worth keeping (content type, disposition). */
  headers: [string, string][]
  gzip: Uint8Array
  brotli: Uint8Array
}

export type AnswerStore = {
  get: (key: string, version: number) => Answer | undefined
  /** The build of `key` under way, if any. */
  pending: (key: string) => Promise<Answer | undefined> | undefined
  /** Starts a build of `key`; `settle` ends it with the answer to keep (or none). */
  begin: (key: string) => { settle: (answer: Answer | undefined) => void }
  builds: () => number
}

export const defaultBudgetBytes = 64 * 1024 * 1024

export function answerStore(budgetBytes = defaultBudgetBytes): AnswerStore {
  const entries = new Map<string, Answer>()
  const building = new Map<string, Promise<Answer | undefined>>()
  let size = 0
  let newest = 0
  let builds = 0
  const sizeOf = (answer: Answer) => answer.gzip.length + answer.brotli.length
  const remove = (key: string) => {
    const answer = entries.get(key)
    if (!answer) return
    entries.delete(key)
    size -= sizeOf(answer)
  }
  const forgetOlder = (version: number) => {
    if (version <= newest) return
    newest = version
    for (const [key, answer] of entries) if (answer.version < version) remove(key)
  }
  return {
    get: (key, version) => {
      forgetOlder(version)
      const answer = entries.get(key)
      if (!answer || answer.version !== version) return undefined
      // Most recently used last.
      entries.delete(key)
      entries.set(key, answer)
      return answer
    },
    pending: (key) => building.get(key),
    begin: (key) => {
      builds += 1
      let settle: (answer: Answer | undefined) => void = () => {}
      building.set(key, new Promise((resolve) => (settle = resolve)))
      return {
        settle: (answer) => {
          building.delete(key)
          if (answer && answer.version >= newest) {
            forgetOlder(answer.version)
            remove(key)
            entries.set(key, answer)
            size += sizeOf(answer)
            for (const oldest of entries.keys()) {
              if (size <= budgetBytes) break
              remove(oldest)
            }
          }
          settle(answer)
        },
      }
    },
    builds: () => builds,
  }
}
