import { describe, expect, it } from 'vitest'
import {
  isLeadKind,
  leadKindLabels,
  leadKinds,
  leadStatusLabels,
  leadStatuses,
  thankYouPathByKind,
} from './kinds'

describe('lead kinds', () => {
  it('send each kind to its own French thank-you page', () => {
    expect(thankYouPathByKind).toEqual({
      contact: '/merci/contact/',
      callback: '/merci/rappel/',
      diagnostic: '/merci/diagnostic/',
      quote: '/merci/devis/',
      whitepaper: '/merci/livre-blanc/',
      webinar: '/merci/webinaire/',
      freelancer_application: '/merci/candidature/',
      newsletter: '/merci/newsletter/',
    })
    expect(new Set(Object.values(thankYouPathByKind)).size).toBe(leadKinds.length)
  })

  it('label every kind and status in French', () => {
    expect(leadKindLabels.callback).toBe('Demande de rappel')
    expect(Object.keys(leadKindLabels)).toEqual([...leadKinds])
    expect(leadStatuses.map((status) => leadStatusLabels[status])).toEqual([
      'Nouveau',
      'Contacté',
      'Qualifié',
      'Gagné',
      'Perdu',
    ])
  })

  it('recognises only the known kinds', () => {
    expect(leadKinds.every(isLeadKind)).toBe(true)
    for (const value of ['Contact', 'lead', '', null, 3, {}]) expect(isLeadKind(value)).toBe(false)
  })
})
