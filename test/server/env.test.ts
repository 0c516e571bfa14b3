import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { parseEnv } from '../../server/env'

const projectGeodata = fileURLToPath(new URL('../../geodata', import.meta.url))

describe('GEODATA_DIR', () => {
  test('unset, it is the project’s own geodata/ folder, whatever the working directory', () => {
    const before = process.cwd()
    try {
      process.chdir('/')
      expect(parseEnv({}).geodataDir).toBe(projectGeodata)
      expect(parseEnv({ GEODATA_DIR: '' }).geodataDir).toBe(projectGeodata)
    } finally {
      process.chdir(before)
    }
  })

  test('set, it points elsewhere, resolved from the working directory', () => {
    expect(parseEnv({ GEODATA_DIR: '/srv/langson-data' }).geodataDir).toBe('/srv/langson-data')
    expect(parseEnv({ GEODATA_DIR: '../shared' }).geodataDir).toBe(path.resolve('../shared'))
  })
})
