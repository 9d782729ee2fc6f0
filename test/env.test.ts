import { availableParallelism } from 'node:os'
import { describe, expect, it } from 'vitest'

import { parseEnv } from '../dev/env.ts'

describe('the environment', () => {
  it('reads CORS_ORIGINS as a list of origins, or *', () => {
    expect(parseEnv({ CORS_ORIGINS: 'https://careers.example.com, http://localhost:4000' }).CORS_ORIGINS).toEqual([
      'https://careers.example.com',
      'http://localhost:4000',
    ])
    expect(parseEnv({ CORS_ORIGINS: '*' }).CORS_ORIGINS).toBe('*')
    expect(parseEnv({}).CORS_ORIGINS).toBeUndefined()
  })

  it('starts one public read thread per core unless PUBLIC_READ_THREADS says how many (0: none)', () => {
    expect(parseEnv({}).PUBLIC_READ_THREADS).toBe(availableParallelism())
    expect(parseEnv({ PUBLIC_READ_THREADS: '0' }).PUBLIC_READ_THREADS).toBe(0)
    expect(parseEnv({ PUBLIC_READ_THREADS: '3' }).PUBLIC_READ_THREADS).toBe(3)
  })

  it('names the variable and the reason when a value is wrong', () => {
    expect(() => parseEnv({ CORS_ORIGINS: 'https://careers.example.com/jobs' })).toThrow(
      /CORS_ORIGINS: "https:\/\/careers\.example\.com\/jobs" is not an origin/,
    )
    expect(() => parseEnv({ GRAPHQL_ROUTE: 'stock' })).toThrow(/GRAPHQL_ROUTE: /)
    expect(() => parseEnv({ PUBLIC_CACHE: 'yes' })).toThrow(/PUBLIC_CACHE: /)
    expect(() => parseEnv({ PUBLIC_READ_THREADS: 'two' })).toThrow(/PUBLIC_READ_THREADS: /)
    expect(() => parseEnv({ PUBLIC_READ_THREADS: '-1' })).toThrow(/PUBLIC_READ_THREADS: .*>=0/)
  })
})
