import { z } from 'zod'

/** The environment the app reads, checked once so a typo fails at start with the variable's name. */
const envSchema = z.object({
  /**
   * Careers sites allowed to call the API from a browser (CORS): origins separated by commas, or `*`.
   * Sent on every answer, cached ones included.
   */
  CORS_ORIGINS: z
    .string()
    .trim()
    .optional()
    .transform((value, context) => {
      if (!value) return undefined
      if (value === '*') return '*' as const
      const origins = value.split(',').map((origin) => origin.trim())
      const bad = origins.find((origin) => !/^https?:\/\/[^/\s]+$/.test(origin))
      if (bad !== undefined) context.addIssue({ code: 'custom', message: `${JSON.stringify(bad)} is not an origin (scheme://host[:port])` })
      return origins
    }),
  /**
   * The benchmark's only: a directory of fixed answers that /api/bench/bare serves (its `next-bare`, see
   * bench/run.ts). Unset, as everywhere but the bench, that route answers 404.
   */
  BENCH_BARE_ROUTE: z.string().trim().min(1).optional(),
  /** Where the example careers pages read: a careers API; by default this app's own /api/careers/graphql. */
  CAREERS_GRAPHQL_URL: z.url().optional(),
  DATABASE_URI: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value === '' ? undefined : value))
    .refine(
      (value) => value === undefined || /^(file:|mongodb(\+srv)?:\/\/|postgres(ql)?:\/\/)/.test(value),
      { message: 'must start with file:, mongodb://, mongodb+srv://, postgres:// or postgresql://' },
    ),
  /**
   * `payload` serves /api/graphql with Payload's own route, untouched: no public cache, no GET, no prepared
   * queries (the benchmark's stock variant, and a way to rule our read path out when chasing a problem).
   */
  GRAPHQL_ROUTE: z.enum(['public', 'payload']).default('public'),
  /** Sender of review notifications. */
  EMAIL_FROM_ADDRESS: z.email().default('jobs@example.com'),
  EMAIL_FROM_NAME: z.string().trim().min(1).default('Job descriptions'),
  /** The employer named in the JobPosting data of every posting. */
  ORGANIZATION_NAME: z.string().trim().min(1).default('Acme Robotics'),
  ORGANIZATION_URL: z.url().default('https://example.com'),
  NODE_ENV: z.enum(['development', 'production', 'test']).optional(),
  PAYLOAD_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** `off` serves every public query fresh (the benchmark's cold variant). */
  PUBLIC_CACHE: z.enum(['on', 'off']).default('on'),
  /** Shares the public cache between app instances (redis://host:6379). */
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must start with redis:// or rediss://').optional(),
  /**
   * `true` makes the seed create the demo accounts (admin@, editor@, hr@example.com with the README's
   * passwords); by default only `npm run dev` does. Without them the first user registers in the admin.
   */
  SEED_DEMO_USERS: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => (value === undefined ? undefined : value === 'true')),
  /**
   * The public origin of the admin and API (https://jobs.example.com). The auth cookie is honoured only
   * on requests from it (and CORS_ORIGINS), and is marked Secure when it is https. Default http://localhost:PORT.
   */
  SERVER_URL: z.url().optional(),
  /** Review notifications go out over SMTP when set (smtp:// or smtps://); otherwise they are logged. */
  SMTP_URL: z
    .url()
    .refine((value) => /^smtps?:\/\//.test(value), { message: 'must start with smtp:// or smtps://' })
    .optional(),
  /** HR tools hear about review moves here, signed with WORKFLOW_WEBHOOK_SECRET. */
  WORKFLOW_WEBHOOK_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  WORKFLOW_WEBHOOK_URL: z.url().optional(),
}).refine((env) => !env.WORKFLOW_WEBHOOK_URL || env.WORKFLOW_WEBHOOK_SECRET, {
  message: 'is required when WORKFLOW_WEBHOOK_URL is set',
  path: ['WORKFLOW_WEBHOOK_SECRET'],
})

export type Env = z.infer<typeof envSchema>

export const parseEnv = (source: Record<string, string | undefined> = process.env): Env => {
  const result = envSchema.safeParse(source)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`Invalid environment:\n${problems.join('\n')}`)
  }
  return result.data
}
