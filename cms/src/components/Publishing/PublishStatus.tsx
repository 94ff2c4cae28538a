import type { ServerProps } from 'payload'
import React from 'react'
import { formatParis } from '@vitrine/contracts/paris-dates'
import { jobQueueHealth } from '../../lib/health/jobQueueHealth'
import { publishHealth } from '../../lib/health/publishHealth'
import { fetchPublisherStatus } from '../../lib/publisherStatus'
import { RepublishButton } from './RepublishButton'
import { siteStatusWarnings } from './siteStatusWarnings'


/** The publishing widget: is the site up to date, what is waiting, what failed. */
export async function PublishStatus({ payload, user }: ServerProps) {
  const role = (user as { role?: string } | undefined)?.role
  if (role !== 'admin' && role !== 'editor') return null
  const status = await fetchPublisherStatus()
  const reachable = !('unreachable' in status)
  const since = reachable ? status.lastSuccess?.started : undefined
  const waiting = await payload.count({
    collection: 'site-changes',
    where: since ? { createdAt: { greater_than: since } } : {},
  })
  const pendingJobs = await payload.count({
    collection: 'payload-jobs',
    where: {
      and: [{ taskSlug: { equals: 'requestRebuild' } }, { completedAt: { exists: false } }],
    },
  })

  const warnings = siteStatusWarnings({
    jobs: await jobQueueHealth(payload),
    publish: await publishHealth(),
  })

  let label = 'à jour'
  let colour = 'var(--theme-success-500)'
  if (!reachable) {
    label = 'publication injoignable'
    colour = 'var(--theme-error-500)'
  } else if (status.state === 'building' || status.queued || pendingJobs.totalDocs > 0) {
    label = 'en cours'
    colour = 'var(--theme-warning-500)'
  } else if (status.lastBuild && status.lastBuild.ok === false) {
    label = 'échec'
    colour = 'var(--theme-error-500)'
  } else if (waiting.totalDocs > 0) {
    label = 'modifications en attente'
    colour = 'var(--theme-warning-500)'
  }
  const lastBuild = reachable ? status.lastBuild : null

  return (
    <section
      aria-label="Publication du site"
      style={{
        border: '1px solid var(--theme-elevation-150)',
        borderRadius: 8,
        padding: '1rem 1.25rem',
        marginBottom: '1.5rem',
      }}
    >
      <h3 style={{ margin: 0, display: 'flex', alignItems: 'center', gap: '.5rem' }}>
        <span
          aria-hidden
          style={{
            width: 12,
            height: 12,
            borderRadius: 6,
            background: colour,
            display: 'inline-block',
          }}
        />
        Site : {label}
      </h3>
      <p style={{ margin: '.5rem 0' }}>
        {reachable && status.lastSuccess?.finished
          ? `Dernière publication réussie : ${formatParis(status.lastSuccess.finished, 'medium')} (${status.lastSuccess.pageCount ?? '?'} pages).`
          : reachable
            ? 'Aucune publication réussie pour l’instant.'
            : 'Le service de publication ne répond pas : prévenez l’administrateur.'}{' '}
        {waiting.totalDocs > 0 && `${waiting.totalDocs} modification(s) depuis.`}
      </p>
      {warnings.map((warning) => (
        <p key={warning} role="alert" style={{ color: 'var(--theme-error-500)', fontWeight: 600 }}>
          {warning}
        </p>
      ))}
      {lastBuild?.ok === false && (
        <p style={{ color: 'var(--theme-error-500)' }}>Dernier échec : {lastBuild.error}</p>
      )}
      <div style={{ display: 'flex', gap: '1rem', alignItems: 'center', flexWrap: 'wrap' }}>
        <RepublishButton />
        {lastBuild && (
          <a
            href={`/api/publisher-log/${encodeURIComponent(lastBuild.id)}`}
            target="_blank"
            rel="noreferrer"
          >
            Journal de la dernière publication
          </a>
        )}
        <a href="/admin/collections/site-changes">Historique des modifications</a>
      </div>
    </section>
  )
}
