import React from 'react'
import { BrandMark } from './BrandMark'

/** The navigation's small icon. */
export function Icon() {
  return <BrandMark size={28} />
}
