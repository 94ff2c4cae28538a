import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * One temp folder per run for SQLite files and uploads; removed at the end.
 * `DATABASE_URI=mongodb://host:27017` runs the same suite against MongoDB (one database per file).
 */
export default function setup() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrine-int-'))
  process.env.VITRINE_TEST_DIR = dir
  return () => fs.rmSync(dir, { recursive: true, force: true })
}
