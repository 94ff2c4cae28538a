import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'
import { config } from '../config'

/**
 * SMTP from env. The demo points it at the mail catcher (localhost:1025). A transport is always
 * given: without one the adapter tries to reach an online test service.
 */
export const emailAdapter = (): Promise<EmailAdapter> | EmailAdapter =>
  nodemailerAdapter({
    defaultFromAddress: config.smtp.fromAddress,
    defaultFromName: config.smtp.fromName,
    skipVerify: true,
    transportOptions: {
      host: config.smtp.host,
      port: config.smtp.port,
      secure: config.smtp.secure,
      auth: config.smtp.user ? { user: config.smtp.user, pass: config.smtp.pass } : undefined,
      connectionTimeout: 5000,
      greetingTimeout: 5000,
      socketTimeout: 10000,
      ignoreTLS: !config.smtp.secure && !config.smtp.user,
    },
  })
