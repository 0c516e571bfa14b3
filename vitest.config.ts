import { defineConfig } from 'vitest/config'

// Three projects: pure code (parallel), code against the run's one database (files take turns:
// the embedded PGlite has a single session), and the browser tests against the built app.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: [
            'test/server/sql/**',
            'test/server/routes/**',
            'test/server/geodata/load*.test.ts',
            'test/server/main.test.ts',
            'test/scripts/**',
            'test/browser/**',
            'test/faults/**',
            'test/server/embedded/**',
            'test/server/public-cache/**',
          ],
        },
      },
      {
        test: {
          name: 'database',
          include: [
            'test/server/sql/**/*.test.ts',
            'test/server/routes/**/*.test.ts',
            'test/server/geodata/load*.test.ts',
            // Starts a copy of the project as a fresh machine would (a minute, a second PGlite).
            'test/server/main.test.ts',
            'test/scripts/**/*.test.ts',
            'test/server/embedded/**/*.test.ts',
            'test/server/public-cache/**/*.test.ts',
          ],
          globalSetup: ['test/database-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        // Faults: the portal as a process killed, stopped or cut from its database; each file makes
        // its own database (a restored copy of the test snapshot, or a PostgreSQL it may restart).
        test: {
          name: 'faults',
          include: ['test/faults/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 400_000,
          hookTimeout: 400_000,
        },
      },
      {
        test: {
          name: 'browser',
          // The map takes seconds to draw in software WebGL: polls wait up to 20 s.
          expect: { poll: { timeout: 20_000, interval: 250 } },
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/browser/portal-setup.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
})
