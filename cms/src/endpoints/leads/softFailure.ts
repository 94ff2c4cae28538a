import type { QuarantineReason } from '../../collections/LeadIntakes/labels'
import type { SpamReason } from '../../globals/SpamStats'
import type { TokenCheck } from './formToken'

/**
 * The soft check a submission failed, if any: the honeypot first (a person's browser may have
 * filled it), then the form token. Such a submission is kept in quarantine, never refused.
 * `canConfirm` (a plain form post, whose answer a browser shows): the page's shared token, or no
 * token, is `unconfirmed` instead, held until the visitor confirms it (confirmIntake.ts).
 */
export const softFailure = (
  honeypotFilled: boolean,
  token: TokenCheck,
  { canConfirm = false } = {},
): QuarantineReason | undefined => {
  if (honeypotFilled) return 'honeypot'
  if (canConfirm && (token === 'page' || token === 'missing')) return 'unconfirmed'
  switch (token) {
    case 'ok':
      return undefined
    case 'page':
      return 'pageToken'
    case 'tooFast':
      return 'tooFast'
    case 'missing':
      return 'tokenMissing'
    case 'invalid':
      return 'tokenInvalid'
    case 'expired':
      return 'tokenExpired'
  }
}

/** The spam-stats counter a quarantined submission adds to. */
export const spamCounterOf: Record<QuarantineReason, SpamReason> = {
  honeypot: 'honeypot',
  tooFast: 'tooFast',
  tokenMissing: 'suspicious',
  tokenInvalid: 'suspicious',
  tokenExpired: 'suspicious',
  tokenReplayed: 'suspicious',
  pageToken: 'suspicious',
  unconfirmed: 'suspicious',
}
