import { createApp } from '../../../server/app'
import type { sharedDatabase } from '../../database'

/** The real app, in-process, on the run's database. */
export function appFor(database: ReturnType<typeof sharedDatabase>) {
  const app = () => createApp({ sql: database.sql(), database: database.kind })
  return {
    get: async (url: string) => {
      const response = await app().request(url)
      const text = await response.text()
      return {
        status: response.status,
        type: response.headers.get('content-type') ?? '',
        text,
        json: () => JSON.parse(text),
      }
    },
  }
}
