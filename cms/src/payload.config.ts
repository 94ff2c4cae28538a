import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import { translations } from './i18n/translations'
import { articleEditor } from './fields/richText'
import { Articles } from './collections/Articles'
import { Categories } from './collections/Categories'
import { Documents } from './collections/Documents'
import { Freelancers } from './collections/Freelancers'
import { Leads } from './collections/Leads'
import { Media } from './collections/Media'
import { Pages } from './collections/Pages'
import { Users } from './collections/Users'
import { Webinars } from './collections/Webinars'
import { WhitePapers } from './collections/WhitePapers'
import { SiteChanges } from './collections/SiteChanges'
import { Contacts } from './collections/Contacts'
import { Emails } from './collections/Emails'
import { Claims } from './collections/Claims'
import { Resumes } from './collections/Resumes'
import { ErasureLog } from './collections/ErasureLog'
import { LeadIntakes } from './collections/LeadIntakes'
import { privacyEndpoints } from './endpoints/privacy'
import { health } from './endpoints/health'
import { schedulePublish } from './endpoints/schedulePublish'
import { SiteSettings } from './globals/SiteSettings'
import { SpamStats } from './globals/SpamStats'
import { plugins } from './plugins'
import { frenchAdmin } from './plugins/frenchAdmin'
import { jobs } from './jobs'
import { applyCheckpointThreshold, databaseAdapter } from './lib/database'
import { emailAdapter } from './lib/email'
import { cmsUrl } from './lib/urls'
import { refuseProductionWithoutSecrets } from './lib/productionSecrets'
import { startIntakePoller } from './jobs/intakePoller'
import { restrictDocumentLocks } from './lib/restrictDocumentLocks'
import { previewSession } from './endpoints/previewSession'
import { publisherLog } from './endpoints/publisherLog'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// The worker and every `payload` command load this file; the web process checks in instrumentation.ts.
refuseProductionWithoutSecrets()

export default buildConfig({
  serverURL: cmsUrl,
  secret: process.env.PAYLOAD_SECRET || '',
  admin: {
    user: Users.slug,
    meta: {
      titleSuffix: ' — Vitrine admin',
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/favicon.svg' }],
    },
    // No Gravatar: the admin makes no request to a third party.
    avatar: 'default',
    // French order, 24-hour clock, Paris first (docs/adr/0021-admin-scheduling.md).
    dateFormat: 'dd MMMM yyyy HH:mm',
    timezones: {
      defaultTimezone: 'Europe/Paris',
      supportedTimezones: [
        { label: 'Paris (heure de France)', value: 'Europe/Paris' },
        { label: 'Londres', value: 'Europe/London' },
        { label: 'Montréal', value: 'America/Montreal' },
        { label: 'La Réunion', value: 'Indian/Reunion' },
        { label: 'UTC', value: 'UTC' },
      ],
    },
    importMap: { baseDir: dirname },
    components: {
      graphics: { Logo: '/components/Brand/Logo#Logo', Icon: '/components/Brand/Icon#Icon' },
      beforeDashboard: [
        '/components/Publishing/PublishStatus#PublishStatus',
        '/components/Dashboard/TeamOverview#TeamOverview',
        '/components/Dashboard/UpcomingSchedules#UpcomingSchedules',
      ],
    },
  },
  i18n: {
    supportedLanguages: { fr, en },
    fallbackLanguage: 'fr',
    translations,
  },
  collections: [
    Articles,
    Categories,
    WhitePapers,
    Webinars,
    Freelancers,
    Pages,
    Media,
    Documents,
    Leads,
    LeadIntakes,
    Contacts,
    Emails,
    Resumes,
    ErasureLog,
    Users,
    SiteChanges,
    Claims,
  ],
  globals: [SiteSettings, SpamStats],
  endpoints: [...privacyEndpoints, schedulePublish, previewSession, publisherLog, health],
  editor: articleEditor,
  db: databaseAdapter(),
  email: emailAdapter(),
  sharp,
  // frenchAdmin last: it rewrites the labels and date fields every other plugin added too.
  plugins: [...plugins, frenchAdmin],
  jobs,
  // No credentialed CORS for anyone: the site's lead forms need no cookie and get their own CORS
  // headers from the lead endpoints (endpoints/leads/cors.ts). Cookies count only from the admin's
  // own origin (audit F8, docs/adr/0014-links-and-headers.md).
  cors: [],
  csrf: [cmsUrl],
  typescript: {
    outputFile: path.resolve(dirname, '../../packages/cms-client/src/payload-types.ts'),
    autoGenerate:
      process.env.NODE_ENV === 'development' && process.env.PAYLOAD_TYPES_AUTOGEN !== 'false',
  },
  telemetry: false,
  onInit: (payload) => {
    restrictDocumentLocks(payload)
    // The production worker (`payload jobs:run`) turns the web processes' intakes into leads.
    startIntakePoller(payload)
    // A web process with a separate worker leaves the log's checkpoints to it (docs/adr/0034).
    void applyCheckpointThreshold(payload).catch((error: Error) =>
      payload.logger.warn(`database: could not set the checkpoint threshold: ${error.message}`),
    )
  },
})
