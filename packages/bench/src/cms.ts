// The CMS processes of a benchmark: the synthetic-content generator (`payload run`) and a CMS
// (cms/server.ts around `next start`'s production build made by buildCms) on a throw-away database.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  bin,
  cmsServer,
  root,
  runStep,
  startService,
  waitForHttp,
  type Service,
} from '../../../scripts/dev/lib/proc.ts'

const here = path.dirname(fileURLToPath(import.meta.url))
const cmsDir = path.join(root, 'cms')
const generateScript = path.join(here, 'generate.ts')

export type Dataset = { dir: string; db: string; media: string }

export const dataset = (dir: string): Dataset => ({
  dir,
  db: path.join(dir, 'vitrine.db'),
  media: path.join(dir, 'media'),
})

/** A copy of a database and its media (the CMS that uses `from` must be idle). */
export const copyDataset = (from: Dataset, dir: string): Dataset => {
  const to = dataset(dir)
  fs.mkdirSync(dir, { recursive: true })
  fs.copyFileSync(from.db, to.db)
  // SQLite runs in WAL mode (docs/adr/0005-sqlite-wal-and-durability.md): commits not yet checkpointed live in `-wal`.
  if (fs.existsSync(`${from.db}-wal`)) fs.copyFileSync(`${from.db}-wal`, `${to.db}-wal`)
  fs.cpSync(from.media, to.media, { recursive: true })
  return to
}

const dbEnv = (d: Dataset) => ({
  DATABASE_URI: `file:${d.db}`,
  MEDIA_DIR: d.media,
  NODE_ENV: 'production' as const,
})

export type GeneratorSummary = {
  counts: Record<string, number>
  timings: Record<string, number>
  sample: { id: number | string; slug: string; title: string }
  /** Wall time of the whole `payload run`, module loading included. */
  wallMs: number
  articlesJson: string
}

/** Fills `d` with `articles` synthetic articles (see generate.ts); the seed is skipped when `seeded`. */
export const generate = async (
  d: Dataset,
  opts: {
    articles: number
    seeded: boolean
    editor: { email: string; password: string }
    env: NodeJS.ProcessEnv
  },
): Promise<GeneratorSummary> => {
  const out = path.join(d.dir, 'generated')
  const t0 = performance.now()
  await runStep(
    `Generating ${opts.articles} synthetic articles`,
    bin('cms', 'payload'),
    ['run', path.relative(cmsDir, generateScript)],
    {
      cwd: cmsDir,
      env: {
        ...opts.env,
        ...dbEnv(d),
        JOBS_AUTORUN: 'false',
        BENCH_ARTICLES: String(opts.articles),
        BENCH_OUT: out,
        BENCH_SKIP_SEED: opts.seeded ? '1' : '0',
        BENCH_EDITOR_EMAIL: opts.editor.email,
        BENCH_EDITOR_PASSWORD: opts.editor.password,
      },
    },
  )
  const summary = JSON.parse(fs.readFileSync(path.join(out, 'summary.json'), 'utf8')) as Omit<
    GeneratorSummary,
    'wallMs' | 'articlesJson'
  >
  return {
    ...summary,
    wallMs: Math.round(performance.now() - t0),
    articlesJson: path.join(out, 'articles.json'),
  }
}

/** The CMS web process (cms/server.ts) on the dataset; resolves once the REST API answers. */
export const startCms = async (
  d: Dataset,
  opts: { name: string; port: number; env: NodeJS.ProcessEnv },
): Promise<{ service: Service; url: string }> => {
  const url = `http://localhost:${opts.port}`
  const service = startService(opts.name, ...cmsServer(opts.port), {
    cwd: cmsDir,
    quiet: true,
    env: { ...opts.env, ...dbEnv(d), CMS_PORT: String(opts.port), CMS_URL: url },
  })
  await waitForHttp(`${url}/api/users/me`, 90_000, service)
  return { service, url }
}

/** Stops one service started with startService (its whole process group) and waits for it. */
export const stopService = async (service: Service, graceMs = 5000) => {
  const pid = service.child.pid
  if (!pid || service.child.exitCode !== null) return
  try {
    process.kill(-pid, 'SIGTERM')
  } catch {
    return
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-pid, 'SIGKILL')
    } catch {
      /* gone */
    }
  }, graceMs)
  await service.exited
  clearTimeout(timer)
}
