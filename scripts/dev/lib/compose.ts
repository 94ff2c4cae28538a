import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { root, runStep, say } from './proc.ts'

/** `docker compose` (v2 plugin) or `docker-compose` (Debian's v1), whichever answers. */
const composeClient = (): [string, ...string[]] | null => {
  for (const client of [['docker', 'compose'], ['docker-compose']] as [string, ...string[]][]) {
    if (spawnSync(client[0], [...client.slice(1), 'version'], { stdio: 'ignore' }).status === 0)
      return client
  }
  return null
}

/** `config -q` on docker-compose.yml, with placeholder values for the secrets it requires. */
export const validateCompose = async () => {
  const client = composeClient()
  if (!client) {
    say('No compose client (docker compose, docker-compose): docker-compose.yml not validated')
    return
  }
  const placeholders = {
    PAYLOAD_SECRET: 'x',
    LEAD_SIGNING_SECRET: 'x',
    PUBLISHER_WEBHOOK_SECRET: 'x',
    PREVIEW_SECRET: 'x',
  }
  await runStep(
    'Validating docker-compose.yml',
    client[0],
    [...client.slice(1), '-f', path.join(root, 'docker-compose.yml'), 'config', '-q'],
    {
      cwd: root,
      env: { ...process.env, ...placeholders },
    },
  )
}

/** `caddy validate` on both Caddyfiles when Caddy is installed (Debian: apt install caddy). */
export const validateCaddyfiles = async () => {
  if (spawnSync('caddy', ['version'], { stdio: 'ignore' }).status !== 0) {
    say('No caddy binary: docs/deploy Caddyfiles not validated')
    return
  }
  for (const file of ['docs/deploy/Caddyfile', 'docs/deploy/systemd/Caddyfile.vps']) {
    await runStep(
      `Validating ${file}`,
      'caddy',
      ['validate', '--adapter', 'caddyfile', '--config', path.join(root, file)],
      {
        cwd: root,
        quiet: true,
      },
    )
  }
}
