import { describe, expect, it } from 'vitest'
import { summaryEntry } from './errorSummary'

describe('the form error summary', () => {
  it('joins a label that ends with a full stop and its message without « . : »', () => {
    expect(
      summaryEntry('J’ai lu la notice d’information.', 'Cochez cette case pour envoyer.'),
    ).toBe('J’ai lu la notice d’information : Cochez cette case pour envoyer.')
  })
  it('keeps a question mark and plain labels as they are', () => {
    expect(summaryEntry('Prénom', 'Indiquez votre prénom.')).toBe('Prénom : Indiquez votre prénom.')
    expect(summaryEntry('Quand préférez-vous être rappelé ?', 'Choisissez un créneau.')).toBe(
      'Quand préférez-vous être rappelé ? : Choisissez un créneau.',
    )
  })
})
