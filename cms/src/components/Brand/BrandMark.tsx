import React from 'react'

/** The firm's mark (same drawing as the site's favicon and header logo). */
export function BrandMark({ size = 36 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 36 36" aria-hidden="true" focusable="false">
      <rect width="36" height="36" rx="9" fill="#0f4c5c" />
      <path
        d="M10 11l8 15 8-15"
        fill="none"
        stroke="#f6f1e9"
        strokeWidth="3.2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <circle cx="27" cy="10" r="3" fill="#e36414" />
    </svg>
  )
}
