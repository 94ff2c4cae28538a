// `npm start`: the whole demo on one machine — mail catcher, CMS (production build, seeded),
// publisher building and serving the site. Reuses what is already built; Ctrl-C stops it all.
import { say, stopAll } from './lib/proc.ts'
import { startSystem } from './lib/system.ts'

let stopping = false
const shutdown = async (code: number) => {
  if (stopping) return
  stopping = true
  say('Stopping every service…')
  await stopAll()
  say('Stopped.')
  process.exit(code)
}
process.on('SIGINT', () => void shutdown(0))
process.on('SIGTERM', () => void shutdown(0))

const started = Date.now()
try {
  const { env, services } = await startSystem()
  const seconds = ((Date.now() - started) / 1000).toFixed(0)
  process.stdout.write(`
\x1b[1;32m✔ vitrine is running\x1b[0m (ready in ${seconds} s)

  Site            ${env.SITE_URL}
  Admin (CMS)     ${env.CMS_URL}/admin
  REST API        ${env.CMS_URL}/api
  Mail catcher    ${env.MAIL_WEB_URL}
  Publisher       ${env.PUBLISHER_URL}/status
  Draft preview   ${env.PREVIEW_URL}  (« Aperçu » button of a document in the admin)

  Demo logins (password: ${env.DEMO_PASSWORD})
    admin@vitrine.test    administrateur : tout
    editor@vitrine.test   marketing : contenus et médias
    sales@vitrine.test    commercial : demandes et exports

Press Ctrl-C to stop everything.
`)
  const first = await Promise.race(
    services.map((s) => s.exited.then((code) => ({ name: s.name, code }))),
  )
  if (!stopping) {
    process.stderr.write(
      `\n${first.name} stopped unexpectedly (exit code ${first.code}); stopping the rest.\n`,
    )
    await shutdown(1)
  }
} catch (error) {
  process.stderr.write(`\n\x1b[31m✖ ${(error as Error).message}\x1b[0m\n`)
  await shutdown(1)
}
