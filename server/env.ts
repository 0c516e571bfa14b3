import path from 'node:path'
import { z } from 'zod'
import { projectPackageDir } from './geodata/files'
import { type LogLevel, logLevels } from './log'

// Every setting has a safe default so that `npm start` works on a fresh machine (README: Configuration).
const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  // Loopback by default: exposing the portal to a network is a decision the operator makes.
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  // A streaming read replica of DATABASE_URL for the public's reads (server/read-replica.ts).
  DATABASE_READ_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  PORTAL_DATA_DIR: z.string().min(1).default('.data'),
  // The longest one statement may run (both databases; the embedded one restarts its worker past
  // it), and a shorter limit for the public's requests (PostgreSQL).
  STATEMENT_TIMEOUT_SECONDS: z.coerce.number().min(1).max(3600).default(30),
  PUBLIC_STATEMENT_TIMEOUT_SECONDS: z.coerce.number().min(1).max(3600).default(10),
  LOG_LEVEL: z.enum(logLevels, { message: `must be one of ${logLevels.join(', ')}` }).default('info'),
  // Unset: the data package the project carries (geodata/), wherever the portal is started from.
  GEODATA_DIR: z
    .string()
    .optional()
    .transform((value) => value || undefined),
  // An optional online basemap the user can switch on (off by default, so nothing is requested
  // from the internet unless asked): a raster tile template, or "off" to hide the option.
  BASEMAP_URL: z
    .string()
    .regex(/^(off|https?:\/\/.*\{z\}.*\{x\}.*\{y\}.*)$/, 'must be "off" or a tile URL with {z}, {x} and {y}')
    .default('https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
  BASEMAP_ATTRIBUTION: z.string().default('© OpenStreetMap contributors'),
  SESSION_HOURS: z.coerce
    .number()
    .min(0.1)
    .max(24 * 30)
    .default(12),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(120),
  // Behind a reverse proxy: trust X-Forwarded-For / X-Forwarded-Proto (address, HTTPS).
  TRUST_PROXY: z
    .enum(['true', 'false', '1', '0', ''])
    .default('false')
    .transform((value) => value === 'true' || value === '1'),
  // The address users reach the portal at, when it differs from the Host header (proxies).
  PUBLIC_ORIGIN: z
    .url()
    .optional()
    .or(z.literal('').transform(() => undefined)),
})

export type Env = {
  port: number
  host: string
  databaseUrl: string | undefined
  databaseReadUrl: string | undefined
  dataDir: string
  geodataDir: string
  limits: { statementMs: number; publicStatementMs: number }
  logLevel: LogLevel
  basemap: Basemap
  session: SessionOptions
}

export type SessionOptions = {
  hours: number
  idleMinutes: number
  trustProxy: boolean
  publicOrigin: string | undefined
}

export type Basemap = { kind: 'raster'; url: string; attribution: string } | null

export const defaultSession: SessionOptions = {
  hours: 12,
  idleMinutes: 120,
  trustProxy: false,
  publicOrigin: undefined,
}

/** Parses the environment once; throws an Error whose message names every bad variable. */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = schema.safeParse(source)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`Bad configuration in the environment:\n  ${problems.join('\n  ')}`)
  }
  const env = result.data
  return {
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL,
    databaseReadUrl: env.DATABASE_URL ? env.DATABASE_READ_URL : undefined,
    dataDir: path.resolve(env.PORTAL_DATA_DIR),
    limits: {
      statementMs: env.STATEMENT_TIMEOUT_SECONDS * 1000,
      publicStatementMs: Math.min(env.PUBLIC_STATEMENT_TIMEOUT_SECONDS, env.STATEMENT_TIMEOUT_SECONDS) * 1000,
    },
    logLevel: env.LOG_LEVEL,
    geodataDir: env.GEODATA_DIR ? path.resolve(env.GEODATA_DIR) : projectPackageDir,
    basemap:
      env.BASEMAP_URL === 'off' ? null : { kind: 'raster', url: env.BASEMAP_URL, attribution: env.BASEMAP_ATTRIBUTION },
    session: {
      hours: env.SESSION_HOURS,
      idleMinutes: env.SESSION_IDLE_MINUTES,
      trustProxy: env.TRUST_PROXY,
      publicOrigin: env.PUBLIC_ORIGIN ? new URL(env.PUBLIC_ORIGIN).origin : undefined,
    },
  }
}
