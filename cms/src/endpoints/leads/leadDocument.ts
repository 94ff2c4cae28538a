import {
  attributionFields,
  FORM_TOKEN_FIELD,
  HONEYPOT_FIELD,
  legalBasisByKind,
  legalBasisLabels,
  privacyNotice,
  type LeadData,
} from '@vitrine/contracts'
import type { Lead } from '@vitrine/cms-client/types'
import type { References } from './references'
import type { Id } from '@vitrine/contracts/ids'

/** Columns of the Leads collection; every other answer of the form goes to `details`. */
const columns = [
  'kind',
  'firstName',
  'lastName',
  'email',
  'phone',
  'companyName',
  'companySize',
  'jobRole',
  'message',
] as const
/** Consumed here (consent, references) or anti-spam: never stored as answers. */
const consumed = new Set<string>([
  'privacyAck',
  'marketingOptIn',
  'talentPoolOptIn',
  'noticeVersion',
  'whitePaperId',
  'webinarId',
  FORM_TOKEN_FIELD,
  HONEYPOT_FIELD,
])

/** The stored lead for valid contract data: answers, consent ledger entry, attribution. */
export const leadDocument = (
  data: LeadData,
  ctx: { contact: Id; cv?: Id; refs: References; now: Date },
) => {
  const values = data as Record<string, unknown>
  const doc: Record<string, unknown> = {}
  const details: Record<string, unknown> = {}
  const attribution: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue
    if ((columns as readonly string[]).includes(key)) doc[key] = value
    else if ((attributionFields as readonly string[]).includes(key)) attribution[key] = value
    else if (!consumed.has(key)) details[key] = value
  }
  const now = ctx.now.toISOString()
  return {
    ...doc,
    status: 'nouveau',
    contact: ctx.contact,
    cv: ctx.cv,
    whitePaper: ctx.refs.whitePaper,
    webinar: ctx.refs.webinar,
    details: Object.keys(details).length ? details : undefined,
    attribution,
    consent: {
      noticeVersion:
        typeof values.noticeVersion === 'string' ? values.noticeVersion : privacyNotice.version,
      legalBasis: legalBasisLabels[legalBasisByKind[data.kind]],
      marketingOptIn: values.marketingOptIn === true,
      talentPoolOptIn: values.talentPoolOptIn === true,
      at: now,
    },
    lastContactAt: now,
  } as unknown as Omit<Lead, 'id' | 'createdAt' | 'updatedAt'>
}
