import pino from 'pino'

// Structured logs: one JSON object per line on stdout (journald, docker or a file collects them;
// docs/operations.md). Never log a password, a token, a cookie or a session id: the request log
// names the account by id only, and the paths below are censored should one slip into an object.

export type Logger = pino.Logger
export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
export type LogLevel = (typeof logLevels)[number]

export function createLogger(level: LogLevel = 'info', destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'lang-son-portal' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: ['password', '*.password', 'token', '*.token', 'cookie', '*.cookie', 'authorization', '*.authorization'],
        censor: '[redacted]',
      },
    },
    destination,
  )
}
