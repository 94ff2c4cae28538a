import { expect } from 'vitest'

/** A message a person sees: French, a sentence, no zod default (English) text leaking out. */
export function expectFrench(message: string | undefined) {
  expect(message).toBeTypeOf('string')
  expect(message).not.toMatch(/invalid|expected|received|required|too (big|small)/i)
  expect(message).toMatch(/^[A-ZÀ-Ý]/)
  expect(message).toMatch(/\.$/)
}
