// Brings up the whole system (mail catcher, CMS, publisher + site) for the demo, the browser
// tests and the benchmarks. One definition, so what the tests exercise is what `npm start` runs.
import fs from 'node:fs'
import path from 'node:path'
import { demoEnv } from './env.ts'
import { hashPaths, readStamp, writeStamp } from './hash.ts'
import {
  bin,
  nodeBin,
  root,
  runStep,
  say,
  cmsServer,
  startService,
  stopAll,
  waitForHttp,
  type Service,
} from './proc.ts'

export type System = {
  env: NodeJS.ProcessEnv
  services: Service[]
  stop: () => Promise<void>
}

export type SystemOptions = {
  /** Where the database, media and releases live; undefined = the demo's own folders. */
  workDir?: string
  /** Shift every port (CMS = base, site = base + 1321 …) so tests never collide with a demo. */
  portBase?: number
  /** Create the demo users (never in production). */
  demoUsers?: boolean
  /** Start the draft-preview server (the benchmark leaves it out: it measures the public path). */
  preview?: boolean
  /**
   * Run the jobs queue as production does (docker-compose.yml): a web process with JOBS_AUTORUN=false
   * and a separate `worker` process (`pnpm --filter @vitrine/cms run worker`). Default: the demo's
   * single process, whose in-process queue runs every second.
   */
  worker?: boolean
}

const cmsDir = path.join(root, 'cms')

/** `next build` of the CMS, skipped when no source changed since the last one. */
export const buildCms = async (env: NodeJS.ProcessEnv) => {
  const cmsHash = hashPaths([
    path.join(cmsDir, 'src'),
    path.join(cmsDir, 'next.config.ts'),
    path.join(cmsDir, 'package.json'),
    path.join(root, 'packages', 'contracts', 'src'),
    // The CMS signs its rebuild webhooks with the publisher's code (@vitrine/publisher/webhook).
    path.join(root, 'packages', 'publisher', 'src'),
    path.join(root, 'pnpm-lock.yaml'),
  ])
  const stamp = path.join(cmsDir, '.next', 'vitrine-source-hash')
  if (readStamp(stamp) === cmsHash) {
    say('CMS build is up to date.')
    return
  }
  await runStep(
    'Building the CMS (Next.js production build, 1–3 min the first time)',
    bin('cms', 'next'),
    ['build'],
    {
      cwd: cmsDir,
      env: { ...env, NODE_ENV: 'production' },
      quiet: true,
    },
  )
  writeStamp(stamp, cmsHash)
}

export const startSystem = async ({
  workDir,
  portBase,
  demoUsers = true,
  preview: withPreview = true,
  worker = false,
}: SystemOptions = {}): Promise<System> => {
  const ports = portBase
    ? {
        CMS_PORT: String(portBase),
        SITE_PORT: String(portBase + 1),
        PUBLISHER_PORT: String(portBase + 2),
        MAIL_SMTP_PORT: String(portBase + 3),
        MAIL_WEB_PORT: String(portBase + 4),
        PREVIEW_PORT: String(portBase + 5),
      }
    : {}
  Object.assign(process.env, ports)
  const env: NodeJS.ProcessEnv = { ...demoEnv(), ...ports }
  if (portBase) {
    env.CMS_URL = `http://localhost:${env.CMS_PORT}`
    env.SITE_URL = `http://localhost:${env.SITE_PORT}`
    env.PUBLISHER_URL = `http://localhost:${env.PUBLISHER_PORT}`
    env.PREVIEW_URL = `http://localhost:${env.PREVIEW_PORT}`
    env.SMTP_PORT = env.MAIL_SMTP_PORT
  }
  if (workDir) {
    env.DATABASE_URI = `file:${path.join(workDir, 'vitrine.db')}`
    env.MEDIA_DIR = path.join(workDir, 'media')
    env.PUBLISHER_ROOT = path.join(workDir, 'releases')
  }
  env.MAIL_WEB_URL = `http://localhost:${env.MAIL_WEB_PORT}`
  const cmsEnv = { ...env, NODE_ENV: 'production' }
  const services: Service[] = []
  const stop = async () => {
    await stopAll()
  }

  try {
    services.push(
      startService('maildev', nodeBin, [
        path.join(root, 'node_modules', 'maildev', 'dist', 'bin', 'maildev.js'),
        '--smtp',
        env.MAIL_SMTP_PORT!,
        '--web',
        env.MAIL_WEB_PORT!,
        '--ip',
        '127.0.0.1',
        '--web-ip',
        '127.0.0.1',
        '--silent',
      ]),
    )

    await buildCms(env)

    // Demo content: idempotent; skipped when this database already has this version of it.
    const seedHash = hashPaths([
      path.join(cmsDir, 'src', 'seed'),
      path.join(cmsDir, 'src', 'migrations'),
    ])
    const seedStamp = workDir ? path.join(workDir, '.seeded') : path.join(cmsDir, 'data', '.seeded')
    if (readStamp(seedStamp) !== seedHash) {
      await runStep(
        'Loading the demo content (seed)',
        bin('cms', 'payload'),
        ['run', 'src/seed/run.ts'],
        {
          cwd: cmsDir,
          env: { ...cmsEnv, JOBS_AUTORUN: 'false', SEED_DEMO_USERS: String(demoUsers) },
        },
      )
      writeStamp(seedStamp, seedHash)
    } else {
      say('Demo content already loaded.')
    }

    const webEnv = worker ? { ...cmsEnv, JOBS_AUTORUN: 'false' } : cmsEnv
    const cms = startService('cms', ...cmsServer(env.CMS_PORT!), {
      cwd: cmsDir,
      env: webEnv,
    })
    services.push(cms)
    if (worker) {
      // The production worker's own command (cms/package.json "worker"), without pnpm in between.
      const script = JSON.parse(fs.readFileSync(path.join(cmsDir, 'package.json'), 'utf8')).scripts
        .worker as string
      const args = [...script.matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2]!).slice(1)
      services.push(
        startService('worker', bin('cms', 'payload'), args, { cwd: cmsDir, env: webEnv }),
      )
    }
    await waitForHttp(`${env.CMS_URL}/api/users/me`, 90_000, cms)
    say(`CMS ready at ${env.CMS_URL}/admin${worker ? ' (jobs in a separate worker process)' : ''}`)

    // Draft preview (docs/adr/0007-draft-preview.md): `astro dev` of web/ reading drafts. It boots
    // while the publisher starts and builds, and is waited for only at the end. --ignore-lock:
    // Astro 7 allows one `astro dev` per project (a developer's own, a test system) and may
    // background itself when it detects an agent; neither suits a supervised service.
    const preview =
      withPreview &&
      startService(
        'preview',
        nodeBin,
        [
          path.join(root, 'web/node_modules/astro/bin/astro.mjs'),
          'dev',
          '--host',
          '127.0.0.1',
          '--port',
          env.PREVIEW_PORT!,
          '--ignore-lock',
        ],
        {
          cwd: path.join(root, 'web'),
          env: {
            ...env,
            VITRINE_PREVIEW: '1',
            NODE_ENV: 'development',
            ASTRO_TELEMETRY_DISABLED: '1',
          },
        },
      )
    if (preview) services.push(preview)

    const publisher = startService(
      'publisher',
      nodeBin,
      [path.join(root, 'packages/publisher/src/cli.ts'), 'serve'],
      {
        env: {
          ...env,
          PUBLISHER_PORT: env.PUBLISHER_PORT,
          PUBLISHER_SITE_PORT: env.SITE_PORT,
          PUBLISHER_BUILD_CMD: `${nodeBin} ${path.join(root, 'scripts/dev/build-site.ts')}`,
          // Publishes render only the pages that changed, in one long-lived process (ADR 0035).
          PUBLISHER_RENDERER_CMD: `${nodeBin} ${path.join(root, 'web/scripts/renderer.mjs')}`,
          PUBLISHER_BUILD_CWD: root,
          PUBLISHER_BUILD_ON_START: 'if-missing',
        },
      },
    )
    services.push(publisher)
    await waitForHttp(`${env.PUBLISHER_URL}/status`, 30_000, publisher)

    const t0 = Date.now()
    const beat = setInterval(
      () => say(`Building the site: still working (${Math.round((Date.now() - t0) / 1000)} s)`),
      15_000,
    )
    try {
      await waitForHttp(`${env.SITE_URL}/`, 15 * 60_000, publisher)
    } finally {
      clearInterval(beat)
    }
    // Any answer will do (the preview refuses anonymous visitors with a 403).
    if (preview) await waitForHttp(`${env.PREVIEW_URL}/`, 60_000, preview)
    return { env, services, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
