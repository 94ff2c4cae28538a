import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach } from 'vitest'
import { resetLimits } from './leads'
import { bootPayload, shutdownPayload } from './payload'
import { startTestSmtp, type TestSmtp } from './smtp'

/**
 * A lead spec's Payload and SMTP server (the CMS's SMTP settings and `env` pointed at it before the
 * config loads), torn down after the file; each case starts with clean rate limits.
 */
export const leadSuite = (
  env: Record<string, string> = { LEADS_NOTIFY_TO: 'equipe@vitrine.test' },
) => {
  const suite = {} as { payload: Payload; smtp: TestSmtp }
  beforeAll(async () => {
    suite.smtp = await startTestSmtp(env)
    suite.payload = await bootPayload()
  })
  afterAll(async () => {
    await shutdownPayload(suite.payload)
    await suite.smtp.stop()
  })
  beforeEach(() => resetLimits())
  return suite
}
