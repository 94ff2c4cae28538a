// Runs on any Node >= 20 with npm: brings pnpm and the workspace's dependencies (and with them
// the pinned Node 24) into place, then hands over to a Node 24 script. No dependency of its own.
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const PNPM_VERSION = '12.21.0'
const stampFile = path.join(root, 'node_modules', '.vitrine-install-stamp')
export const node24 = path.join(root, 'node_modules', 'node', 'bin', 'node')

const log = (msg) => process.stdout.write(`\x1b[36m▸\x1b[0m ${msg}\n`)

/** Hash of everything that decides what `pnpm install` produces. */
const installInputsHash = () => {
  const hash = createHash('sha256')
  const workspaces = [
    'cms',
    'web',
    ...fs.readdirSync(path.join(root, 'packages')).map((p) => `packages/${p}`),
  ]
  const files = [
    'pnpm-lock.yaml',
    'pnpm-workspace.yaml',
    'package.json',
    ...workspaces.map((w) => `${w}/package.json`),
  ]
  for (const f of files) {
    const p = path.join(root, f)
    if (fs.existsSync(p)) hash.update(f).update(fs.readFileSync(p))
  }
  return hash.digest('hex')
}

/** Installs with the frozen lockfile when node_modules is missing or out of date. */
export const ensureInstalled = async () => {
  const wanted = installInputsHash()
  const current = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, 'utf8') : ''
  if (current === wanted && fs.existsSync(node24)) return
  const started = Date.now()
  log('Installing dependencies with pnpm (frozen lockfile); the first time takes about a minute…')
  const code = await new Promise((resolve) => {
    const child = spawn('npx', ['-y', `pnpm@${PNPM_VERSION}`, 'install', '--frozen-lockfile'], {
      cwd: root,
      stdio: 'inherit',
    })
    child.on('exit', (c) => resolve(c ?? 1))
  })
  if (code !== 0) {
    process.stderr.write(
      `Dependency install failed (pnpm exit code ${code}). See the output above.\n`,
    )
    process.exit(code)
  }
  fs.writeFileSync(stampFile, wanted)
  log(`Dependencies installed in ${((Date.now() - started) / 1000).toFixed(0)} s`)
}

/** Hands over to a TypeScript script on the pinned Node 24, forwarding signals and exit code. */
export const handOver = (script, args = []) => {
  const child = spawn(node24, [path.join(root, script), ...args], {
    cwd: root,
    stdio: 'inherit',
    env: process.env,
  })
  // Ctrl-C reaches the whole foreground group; the child does its own orderly shutdown.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 130 : 0)))
}
