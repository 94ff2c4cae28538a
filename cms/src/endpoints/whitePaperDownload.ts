import type { Endpoint, PayloadRequest } from 'payload'
import type { Document, WhitePaper } from '@vitrine/cms-client/types'
import { verifyDownloadToken } from '../email/downloadLink'
import { publicPath } from '../lib/publicPath'
import { openStoredFile } from '../lib/storedFile'
import { siteUrl } from '../lib/urls'
import { htmlPage } from './htmlPage'

const whitePapersUrl = `${siteUrl}/livres-blancs/`

const refused = (status: 403 | 404 | 410, title: string, intro: string, landing?: string) =>
  htmlPage({
    status,
    title,
    intro,
    note: 'Remplissez à nouveau le formulaire de la page du livre blanc : vous recevrez aussitôt un nouveau lien, valable 7 jours.',
    links: [
      ...(landing ? [{ href: landing, label: 'Redemander le livre blanc' }] : []),
      { href: whitePapersUrl, label: 'Voir tous les livres blancs' },
    ],
  })

const landingOf = async (req: PayloadRequest, id: string) => {
  try {
    const found = await req.payload.find({
      collection: 'white-papers',
      where: { id: { equals: id } },
      draft: false,
      limit: 1,
      depth: 0,
      req,
      overrideAccess: true,
    })
    const doc = found.docs[0] as WhitePaper | undefined
    return doc && doc._status !== 'draft'
      ? { doc, url: `${siteUrl}${publicPath('white-papers', doc.slug)}` }
      : null
  } catch {
    return null
  }
}

/**
 * GET /api/white-papers/download?token=… — the link of the white-paper e-mail. A valid token
 * (signed, not expired, its lead still on file) streams the private PDF; anything else gets a
 * French page explaining what happened and where to ask again. The PDF is never publicly readable.
 */
export const downloadWhitePaper = async (
  req: PayloadRequest,
  now = new Date(),
): Promise<Response> => {
  const check = verifyDownloadToken(req.searchParams.get('token'), now)
  if (!check.ok && check.reason === 'forged') {
    return refused(
      403,
      'Ce lien de téléchargement n’est pas valide',
      'Le lien est incomplet ou a été modifié : il ne permet pas de télécharger le document.',
    )
  }
  if (!check.ok) {
    const landing = await landingOf(req, check.whitePaperId)
    return refused(
      410,
      'Ce lien de téléchargement a expiré',
      'Pour protéger nos documents, chaque lien ne fonctionne que 7 jours.',
      landing?.url,
    )
  }
  const [lead, paper] = await Promise.all([
    req.payload
      .find({
        collection: 'leads',
        where: { id: { equals: check.leadId } },
        limit: 1,
        depth: 0,
        req,
        overrideAccess: true,
      })
      .catch(() => null),
    landingOf(req, check.whitePaperId),
  ])
  if (!lead?.docs[0] || !paper) {
    return refused(
      404,
      'Ce document n’est plus disponible',
      'Le livre blanc ou la demande liée à ce lien n’existe plus.',
      paper?.url,
    )
  }
  const fileId = typeof paper.doc.file === 'object' ? paper.doc.file.id : paper.doc.file
  const file = (await req.payload.findByID({
    collection: 'documents',
    id: fileId,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })) as Document | null
  const stored = file ? await openStoredFile(req, 'documents', file) : null
  if (!stored) {
    req.payload.logger.error(
      `white-papers/download: the PDF of white paper ${paper.doc.id} is missing from storage (document ${String(fileId)})`,
    )
    return refused(
      404,
      'Ce document n’est plus disponible',
      'Le fichier est momentanément introuvable. Réessayez plus tard ou écrivez-nous.',
      paper.url,
    )
  }
  return new Response(stored.body, {
    status: 200,
    headers: {
      'Content-Type': 'application/pdf',
      ...(stored.size !== null ? { 'Content-Length': String(stored.size) } : {}),
      'Content-Disposition': `attachment; filename="${paper.doc.slug ?? 'livre-blanc'}.pdf"`,
      'Cache-Control': 'private, no-store',
      'X-Robots-Tag': 'noindex',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}

export const whitePaperDownloadEndpoint: Endpoint = {
  path: '/download',
  method: 'get',
  handler: (req) => downloadWhitePaper(req),
}
