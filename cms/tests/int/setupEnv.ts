import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

// Runs before each test file's imports: every file gets its own database and media folder.
const id = crypto.randomBytes(4).toString('hex')
const base = process.env.VITRINE_TEST_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'vitrine-int-'))
const dir = path.join(base, id)
fs.mkdirSync(dir, { recursive: true })

const requested = process.env.DATABASE_URI ?? ''
if (requested.startsWith('mongodb')) {
  const url = new URL(requested)
  url.pathname = `/vitrine-test-${id}`
  process.env.DATABASE_URI = url.toString()
} else {
  process.env.DATABASE_URI = `file:${path.join(dir, 'test.db')}`
}
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.PAYLOAD_SECRET ||= 'test-secret-not-for-production'
process.env.JOBS_AUTORUN = 'false'
// The tests play the reverse proxy: the last X-Forwarded-For entry is the client (lib/clientIp.ts).
process.env.TRUSTED_PROXIES ??= '1'
process.env.PAYLOAD_TYPES_AUTOGEN = 'false'
Object.assign(process.env, { NODE_ENV: 'test' })
