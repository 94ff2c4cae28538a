'use client'
import { Button, useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React, { useState } from 'react'

/**
 * On a quarantined submission: « Transformer en demande » makes the lead and sends its e-mails
 * (POST /api/lead-intakes/:id/promote, which checks the role too). Sales and admins only.
 */
export function PromoteIntake() {
  const { user } = useAuth<{ role?: string }>()
  const { id } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields.status?.value as string | undefined)
  const [state, setState] = useState<{ busy: boolean; message?: string }>({ busy: false })
  if (!id || status !== 'quarantined' || !['admin', 'sales'].includes(user?.role ?? '')) return null

  const promote = async () => {
    setState({ busy: true })
    const res = await fetch(`/api/lead-intakes/${id}/promote`, {
      method: 'POST',
      credentials: 'include',
    }).catch(() => null)
    const body = (await res?.json().catch(() => ({}))) as { lead?: unknown; error?: string }
    if (!res?.ok)
      return setState({
        busy: false,
        message: body?.error ?? 'La transformation a échoué : réessayez.',
      })
    if (body.lead != null) window.location.assign(`/admin/collections/leads/${String(body.lead)}`)
    else setState({ busy: false, message: 'Déjà reçue : la demande existait.' })
  }

  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <Button buttonStyle="primary" disabled={state.busy} onClick={promote}>
        Transformer en demande
      </Button>
      <p>Crée la demande et envoie ses e-mails (équipe et accusé de réception).</p>
      {state.message ? <p role="status">{state.message}</p> : null}
    </div>
  )
}
