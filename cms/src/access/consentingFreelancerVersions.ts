import type { Access, Where } from 'payload'
import { isPreviewReader } from './isPreviewReader'
import { hasRole } from './roles'

/**
 * Versions of freelancer profiles: editors and admins see them all; the draft-preview server only
 * the latest version of a profile whose freelancer consents (older versions of a profile whose
 * consent is withdrawn stay out of its reach); nobody else.
 */
export const consentingFreelancerVersions: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (!isPreviewReader(req.user)) return false
  const latestConsenting: Where = {
    and: [{ latest: { equals: true } }, { 'version.publicationConsent': { equals: true } }],
  }
  return latestConsenting
}
