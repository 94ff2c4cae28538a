import type { SeedRun } from '../context'
import { demoPassword, demoUsers } from '../data/users'
import { upsert } from '../upsert'

/** Demo accounts: created, or brought back to the documented role and password. */
export const seedUsers = async ({ payload, tally }: SeedRun) => {
  const password = demoPassword()
  for (const user of demoUsers) {
    const { created } = await upsert(
      payload,
      'users',
      { email: { equals: user.email } },
      { ...user, password },
    )
    tally.add('users', created)
  }
}
