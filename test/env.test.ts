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

  it('names the variable and the reason when a value is wrong', () => {
    expect(() => parseEnv({ CORS_ORIGINS: 'https://careers.example.com/jobs' })).toThrow(
      /CORS_ORIGINS: "https:\/\/careers\.example\.com\/jobs" is not an origin/,
    )
    expect(() => parseEnv({ GRAPHQL_ROUTE: 'stock' })).toThrow(/GRAPHQL_ROUTE: /)
    expect(() => parseEnv({ PUBLIC_CACHE: 'yes' })).toThrow(/PUBLIC_CACHE: /)
    expect(() => parseEnv({ PORT: 'three thousand' })).toThrow(/PORT: /)
  })
})
