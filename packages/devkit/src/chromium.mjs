// Which Chromium the browser tests, the screenshots and the benchmark's Lighthouse launch: Debian's,
// never a downloaded one. Plain JavaScript without dependencies: `npm test` runs it on any Node
// before the install, so a machine without a browser hears it within seconds (docs/adr/0011).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export const DEBIAN_CHROMIUM = '/usr/bin/chromium'
export const INSTALL_COMMAND = 'sudo apt-get update && sudo apt-get install -y chromium'

/** The first `chromium` on a PATH-style list of directories, or undefined. */
const onPath = (pathList, exists) =>
  (pathList ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .map((dir) => path.join(dir, 'chromium'))
    .find(exists)

const isExecutableFile = (file) => {
  try {
    fs.accessSync(file, fs.constants.X_OK)
    return fs.statSync(file).isFile()
  } catch {
    return false
  }
}

/**
 * CHROMIUM_PATH (an explicit choice: a missing file is an error, never a fallback), else
 * `chromium` on the PATH, else /usr/bin/chromium.
 * @param {Record<string, string | undefined>} [env]
 * @param {(file: string) => boolean} [exists]
 * @returns {import('./chromium.d.mts').ChromiumLookup}
 */
export const findChromium = (env = process.env, exists = isExecutableFile) => {
  const chosen = env.CHROMIUM_PATH
  if (chosen) return exists(chosen) ? { found: chosen, from: 'CHROMIUM_PATH' } : { missing: chosen }
  const fromPath = onPath(env.PATH, exists)
  if (fromPath) return { found: fromPath, from: 'PATH' }
  if (exists(DEBIAN_CHROMIUM)) return { found: DEBIAN_CHROMIUM, from: 'default' }
  return {}
}

/** The message for a lookup that found nothing (undefined when it found a browser). */
export const chromiumProblem = (lookup) => {
  if (lookup.found) return undefined
  if (lookup.missing)
    return `CHROMIUM_PATH=${lookup.missing} names no executable file. Point CHROMIUM_PATH at Chromium, or unset it to use /usr/bin/chromium.`
  return `No Chromium found (CHROMIUM_PATH unset, no chromium on the PATH, no ${DEBIAN_CHROMIUM}). The browser tests need Debian's chromium; install it with:\n  ${INSTALL_COMMAND}`
}

/** The browser's path for launchers (Playwright configs, Lighthouse); throws the message when none. */
export const chromiumPath = (env = process.env) => {
  const lookup = findChromium(env)
  if (lookup.found) return lookup.found
  throw new Error(chromiumProblem(lookup))
}

/** How every Playwright launch starts Chromium here (headless, no sandbox in containers). */
export const chromiumLaunchOptions = (env = process.env) => ({
  executablePath: chromiumPath(env),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
})

const canInstallWithApt = () =>
  process.getuid?.() === 0 && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0

/**
 * Before `npm test` runs anything: finds Chromium, or installs Debian's with apt when running as
 * root (saying so), or returns the message to stop with. On success CHROMIUM_PATH is set for every
 * child process, so all launchers use the path found here.
 * @returns {{ path: string } | { stop: string }}
 */
export const ensureChromium = ({ env = process.env, log = console.log } = {}) => {
  let lookup = findChromium(env)
  if (!lookup.found && !lookup.missing && canInstallWithApt()) {
    log('▸ No Chromium found: installing Debian chromium with apt-get (running as root)…')
    const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    const steps = [
      ['update', '-qq'],
      ['install', '-y', '-qq', 'chromium'],
    ]
    for (const args of steps) {
      const done = spawnSync('apt-get', args, { stdio: 'inherit', env: aptEnv })
      if (done.status !== 0)
        return {
          stop: `apt-get ${args.join(' ')} failed (exit ${done.status}). Run it yourself: ${INSTALL_COMMAND}`,
        }
    }
    lookup = findChromium(env)
  }
  if (!lookup.found) return { stop: chromiumProblem(lookup) }
  env.CHROMIUM_PATH = lookup.found
  return { path: lookup.found }
}
