import { signParts, verifyParts } from '../lib/signedTokens'
import { cmsUrl } from '../lib/urls'
import type { Id } from '@vitrine/contracts/ids'

const PURPOSE = 'white-paper-download'

/** How long a white-paper link works after the e-mail is sent. */
export const DOWNLOAD_LINK_TTL_MS = 7 * 24 * 3600 * 1000

/** HMAC over lead id + white paper id + expiry (seconds). */
export const createDownloadToken = (leadId: Id, whitePaperId: Id, now = new Date()) => {
  const expiresAt = new Date(now.getTime() + DOWNLOAD_LINK_TTL_MS)
  const token = signParts(PURPOSE, [
    String(leadId),
    String(whitePaperId),
    String(Math.floor(expiresAt.getTime() / 1000)),
  ])
  return { token, expiresAt }
}

export const downloadUrl = (token: string) =>
  `${cmsUrl}/api/white-papers/download?token=${encodeURIComponent(token)}`

export type DownloadCheck =
  | { ok: true; leadId: string; whitePaperId: string; expiresAt: Date }
  | { ok: false; reason: 'forged' }
  | { ok: false; reason: 'expired'; whitePaperId: string }

export const verifyDownloadToken = (token: unknown, now = new Date()): DownloadCheck => {
  const parts = verifyParts(PURPOSE, token, 3)
  if (!parts) return { ok: false, reason: 'forged' }
  const [leadId, whitePaperId, expiry] = parts as [string, string, string]
  const expiresAt = new Date(Number(expiry) * 1000)
  if (!Number.isFinite(expiresAt.getTime())) return { ok: false, reason: 'forged' }
  if (expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired', whitePaperId }
  return { ok: true, leadId, whitePaperId, expiresAt }
}
