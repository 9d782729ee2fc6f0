/**
 * `npm run graphql`: writes graphql/schema.graphql from the app's config and the typed documents of
 * graphql/operations/ into graphql/generated/ (codegen, client preset); and the public careers API's
 * schema, graphql/careers.graphql, with the typed documents of graphql/careers/ in graphql/generated/careers/
 * and their hashes in graphql/generated/careers-persisted-documents.json.
 * `npm run graphql:check`: fails, naming the file, when either is stale.
 */
import { generate } from '@graphql-codegen/cli'
import type { Types } from '@graphql-codegen/plugin-helpers'
import { configToSchema } from '@payloadcms/graphql'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { printSchema } from 'graphql'

import { careersSchema } from 'payload-plugin-job-descriptions'

import { root } from './build.ts'
import { loadConfig } from './loadConfig.ts'

const check = process.argv.includes('--check')
const schemaFile = path.join(root, 'graphql/schema.graphql')
const generatedDir = path.join(root, 'graphql/generated')

const schema = printSchema(configToSchema(await loadConfig()).schema)
const careersSchemaFile = path.join(root, 'graphql/careers.graphql')
const careers = printSchema(careersSchema)
const careersDir = path.join(generatedDir, 'careers')
const careersPersisted = path.join(generatedDir, 'careers-persisted-documents.json')

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
// The careers API's documents: non-null where the schema is, its enums as string unions.
const careersCodegen: Types.Config = {
  documents: path.join(root, 'graphql/careers/*.graphql'),
  generates: {
    [`${careersDir}/`]: {
      config: {
        enumsAsTypes: true,
        onlyOperationTypes: true,
        scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>' },
        useTypeImports: true,
      },
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256', mode: 'embedHashInDocument' } },
    },
  },
  schema: careers,
  silent: true,
  config: { documentMode: 'string' },
}
const files = [
  ...((await generate(codegen, false)) as { content: string; filename: string }[]),
  ...((await generate(careersCodegen, false)) as { content: string; filename: string }[]).map((file) =>
    // One list of the careers operations' hashes, beside the other generated files.
    file.filename.endsWith('persisted-documents.json') ? { ...file, filename: careersPersisted } : file,
  ),
]
const outputs = new Map<string, string>([
  [schemaFile, schema],
  [careersSchemaFile, careers],
  ...files.map((f) => [path.resolve(f.filename), f.content] as const),
])

if (check) {
  const stale = [...outputs].filter(([file, content]) => !existsSync(file) || readFileSync(file, 'utf8') !== content)
  const extra = existsSync(generatedDir)
    ? [generatedDir, careersDir]
        .filter((dir) => existsSync(dir))
        .flatMap((dir) => readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => path.join(dir, entry.name)))
        .filter((file) => !outputs.has(file))
    : []
  if (stale.length || extra.length) {
    for (const [file] of stale) console.error(`stale: ${path.relative(root, file)}`)
    for (const file of extra) console.error(`not generated any more: ${path.relative(root, file)}`)
    console.error('Run `npm run graphql` and commit the result.')
    process.exit(1)
  }
  console.log('graphql/schema.graphql, graphql/careers.graphql and graphql/generated/ are up to date.')
} else {
  mkdirSync(careersDir, { recursive: true })
  for (const [file, content] of outputs) writeFileSync(file, content)
  console.log(`Wrote ${[...outputs.keys()].map((file) => path.relative(root, file)).join(', ')}`)
}
process.exit(0)
