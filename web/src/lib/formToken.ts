import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { cms } from './cms'

/**
 * The signed form token written into every page's forms. The CMS accepts it for 30 days; a new one
 * per build would change the bytes of every page on every publish, so the publisher could reuse
 * nothing (precompression) for pages whose content did not change. Builds within a day of each
 * other therefore share one token (kept per CMS in node_modules/.cache): a published page still
 * carries a token with ≥ 29 days to live.
 */
const REUSE_MS = 24 * 3600 * 1000

const cacheFile = () => {
  const key = crypto.createHash('sha256').update(process.env.CMS_URL ?? '').digest('hex').slice(0, 12)
  return path.resolve(process.cwd(), 'node_modules/.cache', `vitrine-form-token-${key}.json`)
}

/** `issuedAt.nonce.signature`, each part base64url (cms/src/endpoints/leads/formToken.ts). */
const issuedAt = (token: string) =>
  Number(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8') || NaN)

export const buildFormToken = async (now = Date.now()): Promise<string> => {
  const file = cacheFile()
  const cached = await fs
    .readFile(file, 'utf8')
    .then((text) => (JSON.parse(text) as { token?: string }).token ?? '')
    .catch(() => '')
  const age = now - issuedAt(cached)
  if (cached && age >= 0 && age < REUSE_MS) return cached
  const token = await cms.formToken().catch((error: Error) => {
    console.warn(`content: no form token, forms will post without one (${error.message})`)
    return ''
  })
  if (token) {
    await fs.mkdir(path.dirname(file), { recursive: true })
    await fs.writeFile(file, JSON.stringify({ token }))
  }
  return token
}
