import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

/**
 * SMTP from env. The demo points it at the mail catcher (localhost:1025). A transport is always
 * given: without one the adapter tries to reach an online test service.
 */
export const emailAdapter = (): Promise<EmailAdapter> | EmailAdapter =>
  nodemailerAdapter({
    defaultFromAddress: process.env.SMTP_FROM_ADDRESS || 'bonjour@vitrine.test',
    defaultFromName: process.env.SMTP_FROM_NAME || 'Vitrine Office Services',
    skipVerify: true,
    transportOptions: {
      host: process.env.SMTP_HOST || '127.0.0.1',
      port: Number(process.env.SMTP_PORT || 1025),
      secure: process.env.SMTP_SECURE === 'true',
      auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } : undefined,
      connectionTimeout: 5000,
      greetingTimeout: 5000,
      socketTimeout: 10000,
      ignoreTLS: process.env.SMTP_SECURE !== 'true' && !process.env.SMTP_USER,
    },
  })
