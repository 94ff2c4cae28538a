import type { ServerProps } from 'payload'
import React from 'react'
import type { User } from '@vitrine/cms-client/types'
import { upcomingSchedules } from '../../lib/upcomingSchedules'

/** « Programmations à venir » on the dashboard: what goes online or comes off, and when. */
export async function UpcomingSchedules({ payload, user }: ServerProps) {
  const role = (user as { role?: string } | undefined)?.role
  if (role !== 'admin' && role !== 'editor') return null
  const rows = await upcomingSchedules(payload, user as User)
  return (
    <section
      aria-labelledby="upcoming-schedules"
      style={{
        border: '1px solid var(--theme-elevation-150)',
        borderRadius: 8,
        padding: '1rem 1.25rem',
        background: 'var(--theme-elevation-50)',
        marginBottom: '2rem',
      }}
    >
      <h3 id="upcoming-schedules" style={{ margin: 0 }}>
        Programmations à venir
      </h3>
      {rows.length === 0 ? (
        <p style={{ margin: '.5rem 0 0' }}>
          Rien n’est programmé. Dans un brouillon, la flèche à côté de « Publier » propose «
          Programmer la publication… ».
        </p>
      ) : (
        <ul style={{ margin: '.5rem 0 0', paddingLeft: '1.2rem' }}>
          {rows.map((row) => (
            <li key={`${row.href}-${row.when}`} style={{ margin: '.25rem 0' }}>
              <strong>{row.when}</strong> — {row.action} : <a href={row.href}>{row.title}</a> (
              {row.collectionLabel})
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
