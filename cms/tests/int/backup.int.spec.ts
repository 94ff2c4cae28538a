// `npm run backup` on a running CMS during a lead flood, then `npm run restore` into a fresh
// directory: every lead answered 2xx before the backup began is in the archive, none of the
// flood failed because of the backup, and the CMS boots on the restored data and serves it.
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { bootPayload, shutdownPayload } from './helpers/payload'
import { pngFile, seedArticle } from './helpers/fixtures'
import { postLead, resetLimits, validLead } from './helpers/leads'
import { sha256File } from '../../../packages/backup/src/files'

const run = promisify(execFile)
const cmsDir = path.resolve(import.meta.dirname, '../..')
const repo = path.resolve(cmsDir, '..')
const node = path.join(repo, 'node_modules/node/bin/node')
const isSqlite = !process.env.DATABASE_URI?.startsWith('mongodb')

let payload: Payload
let dir: string

// A secret no content can contain by chance, to look for it in the archive.
const secret = `backup-test-secret-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`

beforeAll(async () => {
  process.env.PAYLOAD_SECRET = secret
  payload = await bootPayload()
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrine-backup-'))
})
afterAll(async () => {
  await shutdownPayload(payload)
  fs.rmSync(dir, { recursive: true, force: true })
})

type Answer = { email: string; status: number; answeredAt: number }

it.skipIf(!isSqlite)(
  'backs up during a lead flood and restores into a fresh directory without losing a lead',
  async () => {
    resetLimits()
    const image = await payload.create({
      collection: 'media',
      data: { alt: 'Bureau' },
      file: await pngFile('bureau.png'),
    })
    await seedArticle(payload, { slug: 'sauvegarde-article', heroImage: image.id })
    const imageFile = path.join(process.env.MEDIA_DIR!, 'public', image.filename!)

    // Four visitors in a loop until told to stop. The SQLite driver is synchronous: each visitor
    // yields to the event loop between two posts, as separate HTTP requests would.
    const answers: Answer[] = []
    let stop = false
    const visitor = async () => {
      while (!stop) {
        await new Promise((r) => setImmediate(r))
        const lead = validLead('contact')
        const res = await postLead(lead)
        answers.push({ email: lead.email, status: res.status, answeredAt: performance.now() })
      }
    }
    const flood = Promise.all([visitor(), visitor(), visitor(), visitor()])
    while (answers.length < 60) await new Promise((r) => setTimeout(r, 20))

    const backupStarted = performance.now()
    const out = path.join(dir, 'archives')
    const backup = await run(node, [path.join(repo, 'scripts/dev/backup.ts'), `--out=${out}`], {
      cwd: repo,
      env: process.env,
    })
    const backupMs = performance.now() - backupStarted
    const answeredDuring = answers.filter((a) => a.answeredAt > backupStarted).length
    await new Promise((r) => setTimeout(r, 300))
    stop = true
    await flood

    // The site kept taking leads: nothing refused, nothing lost in the live database.
    expect(answers.filter((a) => a.status !== 201)).toEqual([])
    const live = await payload.find({
      collection: 'leads',
      limit: 0,
      pagination: false,
      depth: 0,
      select: { email: true },
    })
    expect(new Set(live.docs.map((l) => l.email))).toEqual(new Set(answers.map((a) => a.email)))

    const [archiveName] = fs.readdirSync(out).filter((f) => f.endsWith('.tar.gz'))
    expect(archiveName).toMatch(/^vitrine-backup-\d{8}T\d{6}Z\.tar\.gz$/)
    const archive = path.join(out, archiveName!)
    expect(fs.statSync(archive).mode & 0o077).toBe(0)

    // Restore into a fresh directory (no CMS answers there).
    const fresh = path.join(dir, 'fresh')
    const target = {
      ...process.env,
      DATABASE_URI: `file:${path.join(fresh, 'data', 'vitrine.db')}`,
      MEDIA_DIR: path.join(fresh, 'media'),
      CMS_URL: 'http://127.0.0.1:9',
    }
    await run(node, [path.join(repo, 'scripts/dev/restore.ts'), archive], {
      cwd: repo,
      env: target,
    })
    const manifest = JSON.parse(
      (await run('tar', ['-xzOf', archive, './manifest.json'])).stdout,
    ) as { database: { tables: Record<string, number>; bytes: number }; media: { files: number } }

    // No secret in the archive.
    const unpacked = path.join(dir, 'unpacked')
    fs.mkdirSync(unpacked)
    await run('tar', ['-xzf', archive, '-C', unpacked])
    for (const file of fs.readdirSync(unpacked, { recursive: true, withFileTypes: true })) {
      if (!file.isFile()) continue
      const bytes = fs.readFileSync(path.join(file.parentPath, file.name))
      expect(bytes.includes(secret), file.name).toBe(false)
    }

    // A second restore onto the restored data is refused without --force.
    const again = await run(node, [path.join(repo, 'scripts/dev/restore.ts'), archive], {
      cwd: repo,
      env: target,
    }).catch((e: { code: number; stderr: string }) => e)
    expect(again).toMatchObject({ code: 2 })
    expect((again as { stderr: string }).stderr).toContain('--force')

    // The CMS boots on the restored data and the site's client reads it.
    const { stdout } = await run(
      path.join(cmsDir, 'node_modules/.bin/payload'),
      ['run', 'tests/int/fixtures/restoredRead.ts'],
      {
        cwd: cmsDir,
        env: target,
        timeout: 120_000,
      },
    )
    const line = stdout.split('\n').find((l) => l.startsWith('RESULT '))
    expect(line, stdout.slice(-2000)).toBeTruthy()
    const restored = JSON.parse(line!.slice('RESULT '.length)) as {
      articles: string[]
      imageSha256: string | null
      leadEmails: string[]
    }
    expect(restored.articles).toEqual(['sauvegarde-article'])
    expect(restored.imageSha256).toBe(await sha256File(imageFile))
    const inArchive = new Set(restored.leadEmails)
    const before = answers.filter((a) => a.answeredAt < backupStarted)
    expect(before.filter((a) => !inArchive.has(a.email))).toEqual([])
    expect(restored.leadEmails.length).toBe(manifest.database.tables.leads)

    console.log(
      `backup figures: archive ${fs.statSync(archive).size} B (database ${manifest.database.bytes} B, ${manifest.media.files} media files), ` +
        `backup ${Math.round(backupMs)} ms wall (node start included), ${before.length} leads answered before it checked present, ` +
        `${answeredDuring} answered during it, ${restored.leadEmails.length} in the archive, ${answers.length} in the flood; ${backup.stdout.trim()}`,
    )
  },
  240_000,
)
