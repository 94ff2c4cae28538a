import type { PayloadRequest } from 'payload'
import { fieldError, type LeadData } from '@vitrine/contracts'
import type { Webinar, WhitePaper } from '@vitrine/cms-client/types'
import type { Failure } from './respond'
import type { Id } from '@vitrine/contracts/ids'

/** A published document by the id a form carried (ids are opaque: any malformed one is "not found"). */
const findPublished = async <T>(
  req: PayloadRequest,
  collection: 'white-papers' | 'webinars',
  id: string,
): Promise<T | null> => {
  try {
    const found = await req.payload.find({
      collection,
      where: { id: { equals: id } },
      draft: false,
      limit: 1,
      depth: 0,
      req,
      overrideAccess: true,
    })
    const doc = found.docs[0] as (T & { _status?: string }) | undefined
    return doc && doc._status !== 'draft' ? doc : null
  } catch {
    return null
  }
}

export type References = { whitePaper?: Id; webinar?: Id }

/**
 * What the schemas cannot know: the white paper or webinar the form names exists and is public,
 * the webinar is still open (not cancelled, not over, not full).
 */
export const checkReferences = async (
  req: PayloadRequest,
  data: LeadData,
  now = new Date(),
): Promise<{ ok: true; refs: References } | { ok: false; failure: Failure }> => {
  if (data.kind === 'whitepaper') {
    const whitePaper = await findPublished<WhitePaper>(req, 'white-papers', data.whitePaperId)
    if (!whitePaper) {
      const message =
        fieldError('whitepaper', 'whitePaperId', '') ??
        'Le livre blanc demandé est introuvable : rechargez la page puis réessayez.'
      return {
        ok: false,
        failure: { status: 400, fieldErrors: { whitePaperId: message }, formError: message },
      }
    }
    return { ok: true, refs: { whitePaper: whitePaper.id } }
  }
  if (data.kind === 'webinar') {
    const webinar = await findPublished<Webinar>(req, 'webinars', data.webinarId)
    const closed = (formError: string) => ({
      ok: false as const,
      failure: { status: 400 as const, fieldErrors: { webinarId: formError }, formError },
    })
    if (!webinar)
      return closed(
        fieldError('webinar', 'webinarId', '') ??
          'Le webinaire choisi est introuvable : rechargez la page puis réessayez.',
      )
    if (webinar.status === 'cancelled')
      return closed(
        'Ce webinaire a été annulé. Inscrivez-vous à une autre session depuis la page des webinaires.',
      )
    const endsAt = Date.parse(webinar.startsAt) + (webinar.durationMinutes ?? 0) * 60_000
    if (endsAt <= now.getTime())
      return closed(
        'Ce webinaire est terminé. Inscrivez-vous à la prochaine session depuis la page des webinaires.',
      )
    if (webinar.capacity) {
      const { totalDocs } = await req.payload.count({
        collection: 'leads',
        where: { and: [{ kind: { equals: 'webinar' } }, { webinar: { equals: webinar.id } }] },
        req,
      })
      if (totalDocs >= webinar.capacity)
        return closed(
          'Ce webinaire est complet. Inscrivez-vous à la prochaine session depuis la page des webinaires.',
        )
    }
    return { ok: true, refs: { webinar: webinar.id } }
  }
  return { ok: true, refs: {} }
}
