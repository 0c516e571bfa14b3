import type { Sql } from '../db'

const snake = (key: string) => key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)

/**
 * Many rows as one jsonb parameter, keys in snake_case, for `jsonb_to_recordset(...)`: one round trip
 * per batch on both databases (the client's camelCase transform does not reach inside JSON).
 */
export function jsonRows(sql: Sql, rows: object[]) {
  return sql.json(rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [snake(key), value]))))
}
