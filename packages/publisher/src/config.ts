import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { consoleLogger, type Logger } from './logger.ts'

/** Build once at start: always, only when no release is live yet, or never. */
export type BuildOnStart = 'always' | 'if-missing' | 'never'

export type PublisherConfig = {
  /** Interface the API and the site server listen on. */
  host: string
  /** API: webhooks, status, rollback, build logs. 0 = any free port. */
  port: number
  /** Static server for the current release; null = not served here (nginx serves it). */
  sitePort: number | null
  /** Holds releases/, logs/, current (symlink), state.json. */
  root: string
  /** Standard Webhooks secret, `whsec_<base64>`, shared with the CMS. */
  webhookSecret: string
  /** Shell command that builds the site into $OUT_DIR and exits 0. */
  buildCommand: string
  buildCwd: string
  /**
   * Shell command that starts the long-lived site renderer (docs/adr/0035-long-lived-renderer.md).
   * Empty: every build runs `buildCommand`. Set: builds go through the renderer, wherever the
   * publisher runs (server and `cli build`); unset it to fall back to the build command.
   */
  rendererCommand: string
  /** Extra environment for the build command (on top of the publisher's own). */
  buildEnv: Record<string, string>
  buildTimeoutMs: number
  /** Successful releases kept on disk (current and previous are always kept). */
  keep: number
  /** A build with fewer HTML pages than ratio × the live release's count is refused. */
  minPageRatio: number
  buildOnStart: BuildOnStart
  /** Origin(s) allowed to read GET /status from a browser: '*' or a comma-separated list. */
  allowedOrigin: string
  logger: Logger
}

/** What createPublisher accepts: everything but the secret has a default. */
export type PublisherOptions = Partial<PublisherConfig> & Pick<PublisherConfig, 'webhookSecret'>

export class ConfigError extends Error {
  readonly problems: string[]

  constructor(problems: string[]) {
    super(`Invalid publisher configuration:\n- ${problems.join('\n- ')}`)
    this.name = 'ConfigError'
    this.problems = problems
  }
}

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url)).replace(/\/$/, '')

export const defaults = {
  host: '127.0.0.1',
  port: 4322,
  sitePort: 4321,
  root: path.join(repoRoot, 'var', 'publisher'),
  buildCommand: `"${process.execPath}" "${path.join(repoRoot, 'scripts', 'dev', 'build-site.ts')}"`,
  buildCwd: repoRoot,
  rendererCommand: '',
  buildTimeoutMs: 30 * 60_000,
  keep: 5,
  minPageRatio: 0.5,
  buildOnStart: 'if-missing' as BuildOnStart,
  // The admin's origin, which may read /status from a browser; none by default (never '*').
  allowedOrigin: '',
}

/** Environment variable behind each setting, so errors name what the operator has to fix. */
export const envNames: Record<keyof PublisherConfig, string> = {
  host: 'PUBLISHER_HOST',
  port: 'PUBLISHER_PORT',
  sitePort: 'PUBLISHER_SITE_PORT',
  root: 'PUBLISHER_ROOT',
  webhookSecret: 'PUBLISHER_WEBHOOK_SECRET',
  buildCommand: 'PUBLISHER_BUILD_CMD',
  buildCwd: 'PUBLISHER_BUILD_CWD',
  rendererCommand: 'PUBLISHER_RENDERER_CMD',
  buildEnv: '(buildEnv)',
  buildTimeoutMs: 'PUBLISHER_BUILD_TIMEOUT_MS',
  keep: 'PUBLISHER_KEEP',
  minPageRatio: 'PUBLISHER_MIN_PAGE_RATIO',
  buildOnStart: 'PUBLISHER_BUILD_ON_START',
  allowedOrigin: 'PUBLISHER_ALLOWED_ORIGIN',
  logger: '(logger)',
}

/** Option names, for messages about programmatic configuration. */
export const optionNames = Object.fromEntries(
  Object.keys(envNames).map((key) => [key, key]),
) as Record<keyof PublisherConfig, string>

const generateHint =
  "generate one with: node -e \"console.log('whsec_' + require('node:crypto').randomBytes(32).toString('base64'))\" and give the CMS the same value"

/** Why a Standard Webhooks secret is unusable, or null when it is fine. */
export const secretProblem = (secret: unknown): string | null => {
  if (typeof secret !== 'string' || secret.trim() === '') return `is not set: ${generateHint}`
  if (!secret.startsWith('whsec_')) return `must look like whsec_<base64>: ${generateHint}`
  const encoded = secret.slice('whsec_'.length)
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded) || encoded.length % 4 !== 0) {
    return `is not valid base64 after 'whsec_': ${generateHint}`
  }
  if (Buffer.from(encoded, 'base64').length < 24) {
    return `is too short (Standard Webhooks asks for 24 to 64 random bytes): ${generateHint}`
  }
  return null
}

type Raw = { [K in keyof PublisherConfig]?: unknown }

const toInt = (value: unknown): number =>
  typeof value === 'number'
    ? value
    : typeof value === 'string' && /^\s*\d+\s*$/.test(value)
      ? Number(value)
      : NaN

const toNumber = (value: unknown): number =>
  typeof value === 'number'
    ? value
    : typeof value === 'string' && value.trim()
      ? Number(value)
      : NaN

/**
 * Fills defaults and checks every setting; throws one ConfigError listing all problems.
 * `names` says how to call each setting in messages (env variable names for the CLI).
 */
export const resolveConfig = (
  input: PublisherOptions | Raw,
  names: Record<keyof PublisherConfig, string> = optionNames,
): PublisherConfig => {
  const raw = input as Raw
  const problems: string[] = []
  const pick = <K extends keyof PublisherConfig>(key: K): unknown =>
    raw[key] === undefined || raw[key] === '' ? defaults[key as keyof typeof defaults] : raw[key]

  const int = (key: keyof PublisherConfig, min: number, max: number, what: string) => {
    const value = toInt(pick(key))
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${names[key]} must be ${what} (got ${JSON.stringify(pick(key))})`)
    }
    return value
  }
  const text = (key: keyof PublisherConfig) => {
    const value = pick(key)
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push(`${names[key]} must be a non-empty string`)
      return ''
    }
    return value
  }

  const secret = raw.webhookSecret
  const secretIssue = secretProblem(secret)
  if (secretIssue) problems.push(`${names.webhookSecret} ${secretIssue}`)

  const siteRaw = pick('sitePort')
  const siteOff = siteRaw === null || siteRaw === 'off'
  const sitePort = siteOff ? null : int('sitePort', 0, 65535, "a port number or 'off'")

  const ratio = toNumber(pick('minPageRatio'))
  if (!(ratio >= 0 && ratio <= 1)) {
    problems.push(
      `${names.minPageRatio} must be a number between 0 and 1 (got ${JSON.stringify(pick('minPageRatio'))})`,
    )
  }
  const buildOnStart = pick('buildOnStart')
  if (buildOnStart !== 'always' && buildOnStart !== 'if-missing' && buildOnStart !== 'never') {
    problems.push(
      `${names.buildOnStart} must be always, if-missing or never (got ${JSON.stringify(buildOnStart)})`,
    )
  }

  const config: PublisherConfig = {
    host: text('host'),
    port: int('port', 0, 65535, 'a port number'),
    sitePort,
    root: path.resolve(text('root')),
    webhookSecret: typeof secret === 'string' ? secret.trim() : '',
    buildCommand: text('buildCommand'),
    buildCwd: path.resolve(text('buildCwd')),
    rendererCommand: String(pick('rendererCommand') ?? '').trim(),
    buildEnv: (raw.buildEnv as Record<string, string> | undefined) ?? {},
    buildTimeoutMs: int('buildTimeoutMs', 1, 24 * 3600_000, 'a duration in milliseconds'),
    keep: int('keep', 1, 1000, 'a whole number of releases ≥ 1'),
    minPageRatio: ratio,
    buildOnStart: buildOnStart as BuildOnStart,
    allowedOrigin: String(pick('allowedOrigin') ?? '').trim(),
    logger: (raw.logger as Logger | undefined) ?? consoleLogger,
  }
  if (problems.length > 0) throw new ConfigError(problems)
  return config
}

/** The configuration from PUBLISHER_* variables; errors name the variables. */
export const configFromEnv = (env: NodeJS.ProcessEnv = process.env): PublisherConfig =>
  resolveConfig(
    {
      host: env.PUBLISHER_HOST,
      port: env.PUBLISHER_PORT,
      sitePort: env.PUBLISHER_SITE_PORT,
      root: env.PUBLISHER_ROOT,
      webhookSecret: env.PUBLISHER_WEBHOOK_SECRET,
      buildCommand: env.PUBLISHER_BUILD_CMD,
      buildCwd: env.PUBLISHER_BUILD_CWD,
      rendererCommand: env.PUBLISHER_RENDERER_CMD,
      buildTimeoutMs: env.PUBLISHER_BUILD_TIMEOUT_MS,
      keep: env.PUBLISHER_KEEP,
      minPageRatio: env.PUBLISHER_MIN_PAGE_RATIO,
      buildOnStart: env.PUBLISHER_BUILD_ON_START,
      allowedOrigin: env.PUBLISHER_ALLOWED_ORIGIN,
    },
    envNames,
  )
