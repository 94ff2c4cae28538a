// Everything the CMS reads from its environment, in one typed place (the shape of
// packages/publisher/src/config.ts). Each value is read when it is used, as before this module:
// tests and scripts set some variables after the modules are loaded. The README's
// "Configuration" table documents them. Secrets stay with the code that checks them
// (lib/signedTokens.ts, lib/previewTokens.ts); lead limits with endpoints/leads/rateLimit.ts.

/** An origin without its trailing slashes. */
const origin = (value: string | undefined, fallback: string) =>
  (value || fallback).replace(/\/+$/, '')

/** A number variable: unset or empty gives the default, anything else must be a number. */
const numberFrom = (name: string, fallback: number): number => {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isFinite(value))
    throw new Error(`Invalid CMS configuration: ${name} must be a number, got "${raw}"`)
  return value
}

const DEFAULT_FROM_ADDRESS = 'bonjour@vitrine.test'

export const config = {
  /** Public origin of the site (links in e-mails, CORS, SEO). */
  get siteUrl() {
    return origin(process.env.SITE_URL, 'http://localhost:4321')
  },
  /** Public origin of the CMS (download links, admin links). */
  get cmsUrl() {
    return origin(process.env.CMS_URL, `http://localhost:${process.env.CMS_PORT || 3000}`)
  },
  /** Draft-preview server origin; '' = no « Aperçu » button. */
  get previewUrl() {
    return (process.env.PREVIEW_URL || '').replace(/\/+$/, '')
  },
  /** The built-in publisher's API (status, webhooks); '' = none. */
  get publisherUrl() {
    return (process.env.PUBLISHER_URL || '').replace(/\/$/, '')
  },
  /** Where a browser reaches the publisher (the admin's status links). */
  get publisherPublicUrl() {
    return (process.env.PUBLISHER_PUBLIC_URL || process.env.PUBLISHER_URL || '').replace(/\/$/, '')
  },
  /** Run the jobs queue inside the web process (false with a separate worker). */
  get jobsAutorun() {
    return process.env.JOBS_AUTORUN !== 'false'
  },
  get rebuildDebounceMs() {
    return numberFrom('REBUILD_DEBOUNCE_MS', 2000)
  },
  get rebuildMaxWaitMs() {
    return numberFrom('REBUILD_MAX_WAIT_MS', 10_000)
  },
  get emailRetryDelayMs() {
    return numberFrom('EMAIL_RETRY_DELAY_MS', 30_000)
  },
  get autoresponderCapPerDay() {
    return numberFrom('AUTORESPONDER_CAP_PER_DAY', 3)
  },
  /** Autoresponders one client (IP) may trigger per 24 h, whatever addresses it types. */
  get autoresponderCapPerClientPerDay() {
    return numberFrom('AUTORESPONDER_CAP_PER_CLIENT_PER_DAY', 20)
  },
  /** Team address(es) for new leads when site settings name none (comma-separated). */
  get leadsNotifyTo() {
    return process.env.LEADS_NOTIFY_TO
  },
  smtp: {
    get fromAddress() {
      return process.env.SMTP_FROM_ADDRESS || DEFAULT_FROM_ADDRESS
    },
    get fromName() {
      return process.env.SMTP_FROM_NAME || 'Vitrine Office Services'
    },
    /** The sender's domain (Message-IDs). */
    get fromDomain() {
      return (process.env.SMTP_FROM_ADDRESS || DEFAULT_FROM_ADDRESS).split('@')[1] || 'vitrine.test'
    },
    get host() {
      return process.env.SMTP_HOST || '127.0.0.1'
    },
    get port() {
      return numberFrom('SMTP_PORT', 1025)
    },
    get secure() {
      return process.env.SMTP_SECURE === 'true'
    },
    get user() {
      return process.env.SMTP_USER || undefined
    },
    get pass() {
      return process.env.SMTP_PASS
    },
  },
}
