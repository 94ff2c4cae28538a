/**
 * `pnpm run seed` (= `payload run src/seed/run.ts`): fills the database pointed at by
 * DATABASE_URI with the demo content. Safe to run again. SEED_DEMO_USERS=false skips the demo
 * accounts; DEMO_PASSWORD sets their password (default "vitrine-demo").
 */
import config from '@payload-config'
import { getPayload } from 'payload'
import { seed } from './index'

const payload = await getPayload({ config })
try {
  await seed(payload, {
    demoUsers: process.env.SEED_DEMO_USERS !== 'false',
    log: (msg) => payload.logger.info(msg),
  })
} catch (error) {
  payload.logger.error({ err: error, msg: 'seed: failed' })
  process.exit(1)
}
process.exit(0)
