import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AstroIntegration } from 'astro'
import { CMS_URL, PREVIEW } from '../lib/config'
import { verifyPreviewToken } from '@vitrine/contracts/preview-token'
import { previewSecurityHeaders } from '@vitrine/contracts/security-headers'
import { previewAccess } from './previewAccess'
import { isServerFileRequest } from './previewPaths'

const COOKIE = 'vitrine_preview'
/** Where editors reach the admin (CMS_URL may be an internal address, as in docker-compose). */
const ADMIN_ORIGIN = (process.env.CMS_ADMIN_URL || CMS_URL).replace(/\/+$/, '')
const GENERATION = Symbol.for('vitrine.preview.generation')

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

/** Security headers of every preview answer (docs/adr/0013-preview-server.md). */
const HEADERS = previewSecurityHeaders({
  https: (process.env.PREVIEW_URL ?? '').startsWith('https:'),
})
const setHeaders = (res: ServerResponse) => {
  for (const [name, value] of Object.entries(HEADERS)) res.setHeader(name, value)
}

/** The path and query of `url`, never `//host…` (a browser would leave the preview origin). */
const samePath = (url: URL) => `/${url.pathname.replace(/^[/\\]+/, '')}${url.search}`

/** A 404 for what the preview never serves (server files, Vite's internals). */
const notFound = (res: ServerResponse) => {
  res.statusCode = 404
  res.setHeader('Content-Type', 'text/plain; charset=utf-8')
  res.setHeader('Cache-Control', 'no-store')
  res.end('Page introuvable sur le serveur d’aperçu.')
}

/** The French page anyone without a valid preview link gets. */
const refuse = (res: ServerResponse, reason: string, status = 403) => {
  res.statusCode = status
  res.setHeader('Content-Type', 'text/html; charset=utf-8')
  res.setHeader('Cache-Control', 'no-store')
  res.setHeader('X-Robots-Tag', 'noindex, nofollow')
  res.end(`<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow"><title>Aperçu réservé à l’équipe — Vitrine Office Services</title>
<style>body{font-family:system-ui,sans-serif;color:#1d2a30;background:#f4f6f7;margin:0;line-height:1.5}main{max-width:40rem;margin:3rem auto;padding:2rem;background:#fff;border-radius:.5rem}a{color:#0f4c5c;font-weight:600}</style>
</head>
<body><main>
<h1>Aperçu réservé à l’équipe</h1>
<p role="alert">${escapeHtml(reason)}</p>
<p>Connectez-vous à l’administration, ouvrez le contenu puis cliquez sur « Aperçu » pour obtenir un nouveau lien.</p>
<p><a href="${escapeHtml(ADMIN_ORIGIN)}/admin">Ouvrir l’administration</a></p>
</main></body>
</html>
`)
}

const cookieOf = (req: IncomingMessage) =>
  (req.headers.cookie ?? '')
    .split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === COOKIE)?.[1]

/**
 * The draft-preview server (docs/adr/0007-draft-preview.md): `astro dev` with VITRINE_PREVIEW=1.
 * Every request needs a preview token signed by the CMS — in `?preview=` (the admin's « Aperçu »
 * button; swapped for an HttpOnly cookie, then redirected to the clean URL) or in that cookie.
 * Before each page it refreshes the content store (only changed drafts are fetched), so a saved
 * draft shows on reload. Without VITRINE_PREVIEW it does nothing.
 */
export const preview = (): AstroIntegration => ({
  name: 'vitrine:preview',
  hooks: {
    'astro:config:setup': ({ command, updateConfig }) => {
      if (!PREVIEW) return
      if (command !== 'dev')
        throw new Error('VITRINE_PREVIEW=1 is for `astro dev` only, never a build')
      if (!process.env.PREVIEW_SECRET)
        throw new Error('preview: PREVIEW_SECRET is not set (the secret shared with the CMS)')
      // No file watching or hot reload: the sources do not change under a preview server. Vite's
      // file access is narrowed too (defence in depth behind isServerFileRequest).
      updateConfig({
        vite: {
          server: {
            hmr: false,
            watch: null,
            fs: {
              strict: true,
              deny: [
                '.env',
                '.env.*',
                '*.{crt,pem,key}',
                '**/.git/**',
                '**/var/**',
                '**/*.db',
                '**/*.db-*',
                '**/*.sqlite*',
                '**/media/private/**',
              ],
            },
          },
        },
      })
    },
    'astro:server:setup': ({ server, refreshContent, logger }) => {
      if (!PREVIEW) return
      // The current secret, then previous ones that still verify (key rotation, ADR 0015).
      const secret = [
        process.env.PREVIEW_SECRET!,
        ...(process.env.PREVIEW_PREVIOUS_SECRETS ?? '').split(/[\s,]+/).filter(Boolean),
      ]
      // The CMS knows the preview reader by the current secret only.
      const mayPreview = previewAccess(CMS_URL, secret[0]!)
      const roots = {
        root: server.config.root,
        publicDir: server.config.publicDir,
      }
      const secure = (process.env.PREVIEW_URL ?? '').startsWith('https:')
      const g = globalThis as Record<symbol, unknown>
      g[GENERATION] = 0

      // One refresh at a time; a page asked for during one waits for the next (it may follow a save).
      let running: Promise<void> | undefined
      let queued: Promise<void> | undefined
      const doRefresh = async () => {
        const started = performance.now()
        await refreshContent?.({ context: { reason: 'preview-page' } })
        g[GENERATION] = Number(g[GENERATION]) + 1
        logger.info(`content refreshed in ${Math.round(performance.now() - started)} ms`)
      }
      const refresh = (): Promise<void> => {
        if (!running) {
          running = doRefresh().finally(() => (running = undefined))
          return running
        }
        queued ??= running.then(() => {
          queued = undefined
          return refresh()
        })
        return queued
      }

      const unavailable = (res: ServerResponse) =>
        refuse(
          res,
          'L’administration ne répond pas pour vérifier votre accès : réessayez dans un instant.',
          503,
        )
      const demoted = (res: ServerResponse) =>
        refuse(
          res,
          'Votre compte ne permet plus l’aperçu des brouillons : demandez l’accès à un administrateur.',
        )

      server.middlewares.use(async (req, res, next) => {
        setHeaders(res)
        if (isServerFileRequest(req.url ?? '/', roots)) {
          logger.warn(
            `refused ${req.url?.slice(0, 200)}: not a page (server files are never served)`,
          )
          return notFound(res)
        }
        if (req.method !== 'GET' && req.method !== 'HEAD') return notFound(res)
        const url = new URL(req.url ?? '/', 'http://preview.invalid')
        const fromLink = url.searchParams.get('preview')
        if (fromLink !== null) {
          const claims = verifyPreviewToken(fromLink, secret)
          if (!claims) {
            logger.warn(`refused ${url.pathname}: invalid or expired preview link`)
            return refuse(res, 'Ce lien d’aperçu n’est pas valide ou a expiré (il vaut une heure).')
          }
          const access = await mayPreview(fromLink)
          if (access === 'unavailable') return unavailable(res)
          if (access === 'refused') {
            logger.warn(`refused ${url.pathname}: user ${claims.u} may no longer preview`)
            return demoted(res)
          }
          logger.info(`preview opened by user ${claims.u} for ${claims.c} ${claims.id}`)
          const maxAge = Math.max(0, Math.floor((claims.exp - Date.now()) / 1000))
          res.setHeader(
            'Set-Cookie',
            `${COOKIE}=${fromLink}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAge}${secure ? '; Secure' : ''}`,
          )
          url.searchParams.delete('preview')
          res.statusCode = 303
          res.setHeader('Location', samePath(url))
          res.setHeader('Cache-Control', 'no-store')
          return res.end()
        }
        const session = cookieOf(req)
        if (!verifyPreviewToken(session, secret)) {
          logger.warn(`refused ${url.pathname}: no valid preview session`)
          return refuse(
            res,
            'Cette page montre des contenus non publiés : elle n’est visible qu’avec un lien d’aperçu valide.',
          )
        }
        const access = await mayPreview(session!)
        if (access === 'unavailable') return unavailable(res)
        if (access === 'refused') {
          logger.warn(`refused ${url.pathname}: the session's user may no longer preview`)
          return demoted(res)
        }
        res.setHeader('X-Robots-Tag', 'noindex, nofollow')
        res.setHeader('Cache-Control', 'no-store')
        if (req.method !== 'GET' || !(req.headers.accept ?? '').includes('text/html')) return next()
        refresh().then(
          () => next(),
          (error: Error) => {
            logger.error(`content refresh failed: ${error.message}`)
            next()
          },
        )
      })
    },
  },
})
