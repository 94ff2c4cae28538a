import { describe, expect, it } from 'vitest'
import { mailboxOf } from './mailbox'

describe('mailboxOf', () => {
  it('folds case and drops +tags', () => {
    expect(mailboxOf('Jeanne.Martin+Promo@Exemple-PME.fr')).toBe('jeanne.martin@exemple-pme.fr')
  })
  it('drops Gmail dots and treats googlemail as gmail', () => {
    expect(mailboxOf('j.e.a.n.n.e+1@googlemail.com')).toBe('jeanne@gmail.com')
  })
  it('keeps dots elsewhere (they are part of the mailbox)', () => {
    expect(mailboxOf('j.ean@orange.fr')).not.toBe(mailboxOf('jean@orange.fr'))
  })
})
