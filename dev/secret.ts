import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * PAYLOAD_SECRET signs sessions. Rather than ship a well-known default, a checkout without one gets a random
 * secret kept in data/ (git-ignored), so `npm start` needs no setup and restarts keep users signed in.
 * Deployments with more than one instance must set PAYLOAD_SECRET so they agree.
 */
export const resolveSecret = (fromEnv: string | undefined, dataDir: string): string => {
  if (fromEnv) return fromEnv
  const file = path.join(dataDir, '.payload-secret')
  mkdirSync(dataDir, { recursive: true })
  try {
    // 'wx' makes the first writer win when several processes start at once; the others read its secret.
    writeFileSync(file, randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  return readFileSync(file, 'utf8').trim()
}
