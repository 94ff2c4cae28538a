import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { cms } from './cms'

/**
 * The signed form token written into every page's forms. The CMS accepts it for 30 days; a new one
 * per build would change the bytes of every page on every publish, so the publisher could reuse
 * nothing (precompression) for pages whose content did not change. Each build therefore offers the
 * CMS the token it used last (kept per CMS in node_modules/.cache) and the CMS hands it back while
 * it is its own and under a day old (a rotated secret ends it at once): a published page still
 * carries a token with ≥ 29 days to live.
 */

const cacheFile = () => {
  const key = crypto
    .createHash('sha256')
    .update(process.env.CMS_URL ?? '')
    .digest('hex')
    .slice(0, 12)
  return path.resolve(process.cwd(), 'node_modules/.cache', `vitrine-form-token-${key}.json`)
}

export const buildFormToken = async (): Promise<string> => {
  const file = cacheFile()
  const cached = await fs
    .readFile(file, 'utf8')
    .then((text) => (JSON.parse(text) as { token?: string }).token ?? '')
    .catch(() => '')
  const token = await cms.formToken(cached || undefined).catch((error: Error) => {
    console.warn(`content: no form token, forms will post without one (${error.message})`)
    return ''
  })
  if (token && token !== cached) {
    await fs.mkdir(path.dirname(file), { recursive: true })
    await fs.writeFile(file, JSON.stringify({ token }))
  }
  return token
}
