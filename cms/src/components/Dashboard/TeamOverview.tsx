import type { ServerProps } from 'payload'
import React from 'react'
import { formatParis } from '@vitrine/contracts/paris-dates'
import { config } from '../../config'

const siteUrl = config.siteUrl

const weekAgo = () => new Date(Date.now() - 7 * 24 * 3600 * 1000).toISOString()

/** What the team looks at first: new leads, the next webinar and its registrations, the site. */
export async function TeamOverview({ payload, user }: ServerProps) {
  const role = (user as { role?: string } | undefined)?.role
  const canSeeLeads = role === 'admin' || role === 'sales'

  const [newLeads, nextWebinar] = await Promise.all([
    canSeeLeads
      ? payload.count({ collection: 'leads', where: { createdAt: { greater_than: weekAgo() } } })
      : Promise.resolve(null),
    payload.find({
      collection: 'webinars',
      where: {
        and: [
          { startsAt: { greater_than: new Date().toISOString() } },
          { status: { equals: 'scheduled' } },
        ],
      },
      sort: 'startsAt',
      limit: 1,
      depth: 0,
    }),
  ])
  const webinar = nextWebinar.docs[0]
  const registrations =
    webinar && canSeeLeads
      ? await payload.count({
          collection: 'leads',
          where: { and: [{ kind: { equals: 'webinar' } }, { webinar: { equals: webinar.id } }] },
        })
      : null

  const card: React.CSSProperties = {
    border: '1px solid var(--theme-elevation-150)',
    borderRadius: 8,
    padding: '1rem 1.25rem',
    background: 'var(--theme-elevation-50)',
  }

  return (
    <section
      aria-label="Vue d’ensemble"
      style={{
        display: 'grid',
        gap: '1rem',
        gridTemplateColumns: 'repeat(auto-fit, minmax(16rem, 1fr))',
        marginBottom: '2rem',
      }}
    >
      {newLeads && (
        <div style={card}>
          <h3 style={{ margin: 0 }}>Nouvelles demandes (7 jours)</h3>
          <p style={{ fontSize: '2rem', margin: '.5rem 0' }}>{newLeads.totalDocs}</p>
          <a href="/admin/collections/leads?sort=-createdAt">Voir les demandes →</a>
        </div>
      )}
      <div style={card}>
        <h3 style={{ margin: 0 }}>Prochain webinaire</h3>
        {webinar ? (
          <>
            <p style={{ margin: '.5rem 0' }}>
              <strong>{webinar.title}</strong>
              <br />
              {formatParis(webinar.startsAt)}
              {registrations && (
                <>
                  <br />
                  {registrations.totalDocs} inscrit·e·s
                  {webinar.capacity ? ` sur ${webinar.capacity}` : ''}
                </>
              )}
            </p>
            <a href={`/admin/collections/webinars/${webinar.id}`}>Ouvrir le webinaire →</a>
          </>
        ) : (
          <p>
            Aucun webinaire programmé.{' '}
            <a href="/admin/collections/webinars/create">En créer un →</a>
          </p>
        )}
      </div>
      <div style={card}>
        <h3 style={{ margin: 0 }}>Le site</h3>
        <p style={{ margin: '.5rem 0' }}>Ce que voient les visiteurs, après chaque publication.</p>
        <a href={siteUrl} target="_blank" rel="noreferrer">
          Ouvrir le site →
        </a>
      </div>
    </section>
  )
}
