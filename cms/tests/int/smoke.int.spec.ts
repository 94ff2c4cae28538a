import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { bootPayload, shutdownPayload } from './helpers/payload'

let payload: Payload
beforeAll(async () => {
  payload = await bootPayload()
})
afterAll(async () => shutdownPayload(payload))

it('boots', async () => {
  const cat = await payload.create({ collection: 'categories', data: { title: 'Finance & trésorerie' } })
  expect(cat.slug).toBe('finance-tresorerie')
})
