import type { Access, PayloadRequest } from 'payload'
import { isPreviewReader } from './isPreviewReader'
import { hasRole } from './roles'

type Id = number | string
const cache = new WeakMap<PayloadRequest, Promise<Id[]>>()

/**
 * Photos of freelancer profiles that are not public (not published, or consent withdrawn), unless
 * a public profile uses the same image. The draft-preview server may see draft profiles' photos,
 * never those of a withdrawn profile. Computed once per request.
 */
const hiddenPhotos = (req: PayloadRequest): Promise<Id[]> => {
  const known = cache.get(req)
  if (known) return known
  const preview = isPreviewReader(req.user)
  const computed = req.payload
    .find({
      collection: 'freelancers',
      select: { photo: true, publicationConsent: true, _status: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    .then(({ docs }) => {
      const shown = new Set<Id>()
      const hidden = new Set<Id>()
      for (const doc of docs) {
        const photo = typeof doc.photo === 'object' && doc.photo ? doc.photo.id : doc.photo
        if (photo === null || photo === undefined) continue
        const isPublic = doc.publicationConsent === true && (preview || doc._status === 'published')
        ;(isPublic ? shown : hidden).add(photo)
      }
      return [...hidden].filter((id) => !shown.has(id))
    })
  cache.set(req, computed)
  return computed
}

/**
 * The media library is public (the site renders it), except a freelancer's photo, which is listed
 * and served (access.read also guards /api/media/file/*) only while the profile is public.
 * Editors and admins see every image.
 */
export const publicMedia: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  const hidden = await hiddenPhotos(req)
  return hidden.length ? { id: { not_in: hidden } } : true
}
