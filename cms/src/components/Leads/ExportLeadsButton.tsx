'use client'
import { useSearchParams } from 'next/navigation'
import React from 'react'

/**
 * « Exporter » above the leads list: downloads exactly what the list shows (its filters and search,
 * every page) as a CSV French Excel opens in columns (endpoints/leadsExport).
 */
export function ExportLeadsButton() {
  const params = useSearchParams()
  const query = new URLSearchParams(params?.toString() ?? '')
  for (const key of ['page', 'limit', 'columns']) query.delete(key)
  const filtered = [...query.keys()].some((key) => key === 'search' || key.startsWith('where'))
  const href = `/api/leads/export${query.size ? `?${query.toString()}` : ''}`
  return (
    <div
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: '1rem',
        margin: '0 0 1rem',
        flexWrap: 'wrap',
      }}
    >
      <a
        className="btn btn--style-primary btn--size-medium"
        href={href}
        download
        style={{ margin: 0 }}
      >
        Exporter
      </a>
      <span style={{ color: 'var(--theme-elevation-600)' }}>
        {filtered
          ? 'Toutes les demandes qui correspondent à la recherche et aux filtres, toutes pages confondues'
          : 'Toutes les demandes'}{' '}
        (fichier CSV pour Excel).
      </span>
    </div>
  )
}
