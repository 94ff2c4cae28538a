import type { GlobalConfig } from 'payload'
import { isSales } from '../access/isSales'
import { nobody } from '../access/nobody'

export const spamReasons = [
  'honeypot',
  'tooFast',
  'suspicious',
  'rateLimitIp',
  'rateLimitEmail',
  'foreignOrigin',
] as const
export type SpamReason = (typeof spamReasons)[number]

const labels: Record<SpamReason, string> = {
  honeypot: 'Champ piège rempli (robot)',
  tooFast: 'Formulaire envoyé trop vite',
  suspicious: 'Envoi suspect (jeton absent et en-têtes de navigateur manquants)',
  rateLimitIp: 'Trop d’envois depuis une même adresse IP',
  rateLimitEmail: 'Trop d’envois pour une même adresse e-mail',
  foreignOrigin: 'Envoi depuis un autre site',
}

/**
 * Counters of submissions the anti-spam turned away (nothing about them is stored as a lead).
 * Written by the submit endpoint a few seconds after the fact, in batches.
 */
export const SpamStats: GlobalConfig = {
  slug: 'spam-stats',
  label: { fr: 'Anti-spam des formulaires', en: 'Form spam counters' },
  admin: {
    group: { fr: 'Commercial', en: 'Sales' },
    description: {
      fr: 'Envois refusés par l’anti-spam depuis la mise en service (aucun n’est enregistré comme demande). Compteurs en lecture seule.',
      en: 'Submissions turned away by the spam defences. Read-only.',
    },
  },
  access: { read: isSales, update: nobody },
  fields: [
    ...spamReasons.map((name) => ({
      name,
      type: 'number' as const,
      defaultValue: 0,
      label: labels[name],
      admin: { readOnly: true },
    })),
    {
      name: 'lastRejectedAt',
      type: 'date',
      label: 'Dernier refus',
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' as const } },
    },
  ],
}
