'use client'
import { Button } from '@payloadcms/ui'
import React, { useState } from 'react'

export function RepublishButton() {
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const republish = async () => {
    setBusy(true)
    try {
      const res = await fetch('/api/site-changes/republish', {
        method: 'POST',
        credentials: 'include',
      })
      const body = (await res.json()) as { message?: string; error?: string }
      setMessage(body.message ?? body.error ?? null)
    } catch {
      setMessage('La demande n’a pas pu être envoyée. Vérifiez votre connexion et réessayez.')
    } finally {
      setBusy(false)
    }
  }
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: '.75rem' }}>
      <Button
        buttonStyle="secondary"
        size="small"
        onClick={republish}
        disabled={busy}
        margin={false}
      >
        Republier maintenant
      </Button>
      <span role="status">{message}</span>
    </span>
  )
}
