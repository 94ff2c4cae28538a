import type { QuarantineReason } from '../../collections/LeadIntakes/labels'
import type { SpamReason } from '../../globals/SpamStats'
import type { TokenCheck } from './formToken'

/**
 * The soft check a submission failed, if any: the honeypot first (a person's browser may have
 * filled it), then the form token. Such a submission is kept in quarantine, never refused.
 */
export const softFailure = (
  honeypotFilled: boolean,
  token: TokenCheck,
): QuarantineReason | undefined => {
  if (honeypotFilled) return 'honeypot'
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
}
