'use client'
import { Button, useAuth, useFormFields } from '@payloadcms/ui'
import React, { useState } from 'react'

/**
 * On a contact: export (JSON) or erase everything held about the person's address (RGPD rights
 * of access and erasure, to answer within one month). Admins only; the endpoints check it too.
 */
export function PrivacyActions() {
  const { user } = useAuth<{ role?: string }>()
  const email = useFormFields(([fields]) => fields.email?.value as string | undefined)
  const [state, setState] = useState<{ busy: boolean; message?: string }>({ busy: false })
  if (user?.role !== 'admin' || !email) return null

  const call = (action: 'export' | 'erase') =>
    fetch(`/api/privacy/${action}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email }),
    })

  const exportData = async () => {
    setState({ busy: true })
    const res = await call('export')
    if (!res.ok) return setState({ busy: false, message: 'L’export a échoué : réessayez.' })
    const url = URL.createObjectURL(await res.blob())
    const link = Object.assign(document.createElement('a'), {
      href: url,
      download: `donnees-${email}.json`,
    })
    link.click()
    URL.revokeObjectURL(url)
    setState({ busy: false, message: 'Export téléchargé.' })
  }

  const erase = async () => {
    if (
      !window.confirm(
        `Effacer définitivement toutes les données de ${email} (demandes, CV, e-mails) ? Cette action est irréversible.`,
      )
    )
      return
    setState({ busy: true })
    const res = await call('erase')
    const body = (await res.json().catch(() => ({}))) as { message?: string; error?: string }
    if (!res.ok)
      return setState({ busy: false, message: body.error ?? 'L’effacement a échoué : réessayez.' })
    window.location.assign('/admin/collections/contacts')
  }

  return (
    <div style={{ marginBottom: '1.5rem' }}>
      <p style={{ fontWeight: 600, marginBottom: '.5rem' }}>Données personnelles (RGPD)</p>
      <p style={{ fontSize: '.85rem', marginBottom: '.5rem' }}>
        Droit d’accès ou d’effacement : répondez sous un mois.
      </p>
      <div style={{ display: 'flex', gap: '.5rem', flexWrap: 'wrap' }}>
        <Button
          buttonStyle="secondary"
          size="small"
          margin={false}
          disabled={state.busy}
          onClick={exportData}
        >
          Exporter (JSON)
        </Button>
        <Button
          buttonStyle="error"
          size="small"
          margin={false}
          disabled={state.busy}
          onClick={erase}
        >
          Tout effacer
        </Button>
      </div>
      {state.message && (
        <p role="status" style={{ fontSize: '.85rem', marginTop: '.5rem' }}>
          {state.message}
        </p>
      )}
    </div>
  )
}
