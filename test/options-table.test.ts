import { readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, it } from 'vitest'

import { optionsSchema } from '../src/options'

/** The first column of the README's options table (### Options, under installing the plugin). */
const tableOptions = () => {
  const readme = readFileSync(path.resolve(import.meta.dirname, '../README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('### Options'))
  const rows = section.slice(0, section.slice(4).search(/\n#{2,3} /) + 4).split('\n').filter((line) => line.startsWith('| `'))
  return rows.map((row) => /^\| `([^`]+)`/.exec(row)![1]!)
}

it("the README's options table lists exactly the options the zod schema accepts", () => {
  const documented = tableOptions()
  expect(documented.length).toBeGreaterThan(5)
  expect([...documented].sort()).toEqual(Object.keys(optionsSchema.shape).sort())
})
