import type { CollectionBeforeChangeHook } from 'payload'
import {
  decisionStatuses,
  isLeadKind,
  retentionEndsAt,
  retentionPeriodFor,
} from '@vitrine/contracts'
import type { Lead } from '@vitrine/cms-client/types'

const isDecision = (status: unknown) => (decisionStatuses as readonly unknown[]).includes(status)

/**
 * Keeps the retention dates right on every save: `decidedAt` is stamped when the lead reaches a
 * decision status (gagné / perdu) and cleared if it is reopened; `retainUntil` is recomputed from
 * the contract's rule for the kind (null while the starting event has not happened).
 */
export const computeRetention: CollectionBeforeChangeHook<Lead> = ({ data, originalDoc }) => {
  const kind = data.kind ?? originalDoc?.kind
  const status = data.status ?? originalDoc?.status
  const wasDecided = isDecision(originalDoc?.status)
  if (isDecision(status)) {
    if (!wasDecided || !originalDoc?.decidedAt) data.decidedAt = new Date().toISOString()
  } else if (status !== undefined) {
    data.decidedAt = null
  }
  if (!isLeadKind(kind)) return data
  const consent = { ...originalDoc?.consent, ...data.consent }
  const period = retentionPeriodFor(kind, { talentPoolOptIn: consent.talentPoolOptIn ?? false })
  const ends = retentionEndsAt(period, {
    lastContactAt:
      data.lastContactAt ??
      originalDoc?.lastContactAt ??
      originalDoc?.createdAt ??
      new Date().toISOString(),
    decidedAt: data.decidedAt !== undefined ? data.decidedAt : originalDoc?.decidedAt,
  })
  data.retainUntil = ends ? ends.toISOString() : null
  return data
}
