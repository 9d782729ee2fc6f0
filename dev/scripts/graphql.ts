/**
 * `npm run graphql`: writes graphql/schema.graphql from the app's config and the typed documents of
 * graphql/operations/ into graphql/generated/ (codegen, client preset).
 * `npm run graphql:check`: fails, naming the file, when either is stale.
 */
import { generate } from '@graphql-codegen/cli'
import type { Types } from '@graphql-codegen/plugin-helpers'
import { configToSchema } from '@payloadcms/graphql'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { printSchema } from 'graphql'

import { root } from './build.ts'
import { loadConfig } from './loadConfig.ts'

const check = process.argv.includes('--check')
const schemaFile = path.join(root, 'graphql/schema.graphql')
const generatedDir = path.join(root, 'graphql/generated')

const schema = printSchema(configToSchema(await loadConfig()).schema)

const codegen: Types.Config = {
  documents: path.join(root, 'graphql/operations/*.graphql'),
  generates: {
    [`${generatedDir}/`]: {
      config: {
        enumsAsTypes: true,
        onlyOperationTypes: true,
        scalars: { DateTime: 'string', EmailAddress: 'string', JSON: 'unknown', JSONObject: 'Record<string, unknown>' },
        useTypeImports: true,
      },
      preset: 'client',
      // persisted-documents.json: sha256 -> operation, the queries GET /api/graphql?id=<hash> answers.
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256', mode: 'embedHashInDocument' } },
    },
  },
  schema,
  silent: true,
  config: { documentMode: 'string' },
}
const files = (await generate(codegen, false)) as { content: string; filename: string }[]
const outputs = new Map<string, string>([[schemaFile, schema], ...files.map((f) => [path.resolve(f.filename), f.content] as const)])

if (check) {
  const stale = [...outputs].filter(([file, content]) => !existsSync(file) || readFileSync(file, 'utf8') !== content)
  const extra = existsSync(generatedDir)
    ? readdirSync(generatedDir).map((name) => path.join(generatedDir, name)).filter((file) => !outputs.has(file))
    : []
  if (stale.length || extra.length) {
    for (const [file] of stale) console.error(`stale: ${path.relative(root, file)}`)
    for (const file of extra) console.error(`not generated any more: ${path.relative(root, file)}`)
    console.error('Run `npm run graphql` and commit the result.')
    process.exit(1)
  }
  console.log('graphql/schema.graphql and graphql/generated/ are up to date.')
} else {
  mkdirSync(generatedDir, { recursive: true })
  for (const [file, content] of outputs) writeFileSync(file, content)
  console.log(`Wrote ${[...outputs.keys()].map((file) => path.relative(root, file)).join(', ')}`)
}
process.exit(0)
