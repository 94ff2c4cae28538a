import React from 'react'
import { BrandMark } from './BrandMark'

/** The login page's logo: the firm's mark and name, not Payload's. */
export function Logo() {
  return (
    <span
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: '.75rem',
        fontSize: '1.5rem',
        fontWeight: 700,
      }}
    >
      <BrandMark size={48} />
      <span>
        Vitrine <span style={{ fontWeight: 400 }}>— administration</span>
      </span>
    </span>
  )
}
