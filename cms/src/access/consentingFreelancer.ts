import type { Access, Where } from 'payload'
import { isPreviewReader } from './isPreviewReader'
import { hasRole } from './roles'

/** A freelancer profile is public only while published *and* the freelancer consents. */
export const consentingFreelancer: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor') || isPreviewReader(req.user)) return true
  const visible: Where = {
    and: [{ _status: { equals: 'published' } }, { publicationConsent: { equals: true } }],
  }
  return visible
}
