import { describe, expect, it } from 'vitest'
import { ConfigError, configFromEnv, defaults, resolveConfig } from './config.ts'

const secret = `whsec_${Buffer.alloc(32, 3).toString('base64')}`

describe('configuration', () => {
  it('fills defaults from an environment that only has the secret', () => {
    const config = configFromEnv({ PUBLISHER_WEBHOOK_SECRET: secret })
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 4322,
      sitePort: 4321,
      keep: 5,
      minPageRatio: 0.5,
      root: defaults.root,
      buildOnStart: 'if-missing',
      allowedOrigin: '',
    })
    expect(config.root).toMatch(/var\/publisher$/)
  })

  it('names the missing secret and how to make one', () => {
    expect(() => configFromEnv({})).toThrow(/PUBLISHER_WEBHOOK_SECRET is not set: generate one/)
  })

  it('lists every invalid variable at once', () => {
    try {
      configFromEnv({
        PUBLISHER_WEBHOOK_SECRET: 'hunter2',
        PUBLISHER_PORT: 'abc',
        PUBLISHER_MIN_PAGE_RATIO: '2',
        PUBLISHER_KEEP: '0',
      })
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError)
      const problems = (error as ConfigError).problems.join('\n')
      expect(problems).toContain('PUBLISHER_WEBHOOK_SECRET must look like whsec_<base64>')
      expect(problems).toContain('PUBLISHER_PORT must be a port number (got "abc")')
      expect(problems).toContain('PUBLISHER_MIN_PAGE_RATIO must be a number between 0 and 1')
      expect(problems).toContain('PUBLISHER_KEEP must be')
    }
  })

  it('refuses a secret that is too short', () => {
    expect(() =>
      resolveConfig({ webhookSecret: `whsec_${Buffer.alloc(8).toString('base64')}` }),
    ).toThrow(/webhookSecret is too short/)
  })

  it('turns the site server off with PUBLISHER_SITE_PORT=off', () => {
    expect(
      configFromEnv({ PUBLISHER_WEBHOOK_SECRET: secret, PUBLISHER_SITE_PORT: 'off' }).sitePort,
    ).toBeNull()
  })

  it('reads the renderer command from PUBLISHER_RENDERER_CMD, off by default', () => {
    expect(configFromEnv({ PUBLISHER_WEBHOOK_SECRET: secret }).rendererCommand).toBe('')
    expect(
      configFromEnv({ PUBLISHER_WEBHOOK_SECRET: secret, PUBLISHER_RENDERER_CMD: ' node r.mjs ' })
        .rendererCommand,
    ).toBe('node r.mjs')
  })
})
