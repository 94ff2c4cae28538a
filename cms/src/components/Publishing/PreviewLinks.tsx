'use client'
import { pathFor } from '@vitrine/contracts/public-paths'
import { ExternalLinkIcon, useDocumentInfo, useLivePreviewContext } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

const linkStyle: React.CSSProperties = {
  display: 'inline-flex',
  alignItems: 'center',
  gap: '0.35rem',
  padding: '0 0.6rem',
  height: 'calc(var(--base) * 1.6)',
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-s)',
  color: 'var(--theme-text)',
  textDecoration: 'none',
  whiteSpace: 'nowrap',
}

/**
 * In the editor's controls: « Aperçu » (the draft on the preview server) with its label, not a
 * bare icon, and once the document is online « Voir sur le site » (its public page). Replaces
 * Payload's PreviewButton (docs/adr/0031-french-admin-leftovers.md).
 */
export function PreviewLinks({ siteUrl }: { siteUrl: string }) {
  const { previewURL } = useLivePreviewContext()
  const { id, collectionSlug, hasPublishedDoc, versionCount } = useDocumentInfo()
  const [livePath, setLivePath] = useState<string | null>(null)

  useEffect(() => {
    if (!hasPublishedDoc || !collectionSlug || id == null) {
      setLivePath(null)
      return
    }
    let cancelled = false
    // The published version's slug (the draft being edited may have another one).
    fetch(`/api/${collectionSlug}/${id}?depth=0&select[slug]=true&select[_status]=true`, {
      credentials: 'include',
    })
      .then((r) => (r.ok ? r.json() : null))
      .then((doc: { slug?: string; _status?: string } | null) => {
        if (cancelled) return
        const path = doc?._status === 'published' ? pathFor(collectionSlug, doc.slug) : undefined
        setLivePath(path ?? null)
      })
      .catch(() => !cancelled && setLivePath(null))
    return () => {
      cancelled = true
    }
  }, [hasPublishedDoc, collectionSlug, id, versionCount])

  return (
    <span style={{ display: 'inline-flex', gap: '0.5rem' }}>
      {previewURL && (
        <a
          href={previewURL}
          id="preview-button"
          target="_blank"
          rel="noopener"
          title="Aperçu du brouillon (nouvel onglet)"
          style={linkStyle}
        >
          Aperçu <ExternalLinkIcon />
        </a>
      )}
      {livePath && (
        <a
          href={`${siteUrl}${livePath}`}
          target="_blank"
          rel="noopener"
          title="La page publiée (nouvel onglet)"
          style={linkStyle}
        >
          Voir sur le site <ExternalLinkIcon />
        </a>
      )}
    </span>
  )
}
