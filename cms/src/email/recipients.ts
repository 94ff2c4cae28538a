import type { PayloadRequest } from 'payload'
import { config } from '../config'

const split = (list?: string | null) =>
  (list ?? '')
    .split(/[,;\s]+/)
    .map((address) => address.trim())
    .filter((address) => /^[^@\s]+@[^@\s]+$/.test(address))

/**
 * Who hears about a new lead of this kind: the rule in site settings › Notifications for the
 * kind, else the contact address of the site, else LEADS_NOTIFY_TO, else the sender address.
 */
export const teamRecipients = async (req: PayloadRequest, kind: string): Promise<string[]> => {
  const settings = await req.payload.findGlobal({
    slug: 'site-settings',
    select: { leadRecipients: true, contact: true },
    depth: 0,
    req,
  })
  const rules = (settings.leadRecipients ?? [])
    .filter((rule) => rule.kind === kind)
    .flatMap((rule) => split(rule.emails))
  if (rules.length) return [...new Set(rules)]
  const fallback = split(settings.contact?.email).length
    ? split(settings.contact?.email)
    : split(config.leadsNotifyTo)
  if (fallback.length) return fallback
  return [config.smtp.fromAddress]
}
