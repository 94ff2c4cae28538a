'use client'
import { Button, useAuth, useFormFields } from '@payloadcms/ui'
import React, { useState } from 'react'

type State =
  | { step: 'idle'; message?: string }
  | { step: 'busy' }
  | { step: 'confirm'; summary: string }
  | { step: 'erased'; summary: string }

/**
 * On a contact: export (a readable French document, plus the JSON for portability) or erase
 * everything held about the person's address (RGPD rights of access and erasure, to answer within
 * one month). Erasure asks first, naming what will go; the server logs who erased how much.
 * Admins only; the endpoints check it too.
 */
export function PrivacyActions() {
  const { user } = useAuth<{ role?: string }>()
  const email = useFormFields(([fields]) => fields.email?.value as string | undefined)
  const [state, setState] = useState<State>({ step: 'idle' })
  if (user?.role !== 'admin' || !email) return null

  const call = (action: string) =>
    fetch(`/api/privacy/${action}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email }),
    })

  const download = async (action: string, name: string) => {
    setState({ step: 'busy' })
    const res = await call(action)
    if (!res.ok)
      return setState({ step: 'idle', message: 'L’export a échoué : réessayez dans un instant.' })
    const url = URL.createObjectURL(await res.blob())
    Object.assign(document.createElement('a'), { href: url, download: name }).click()
    URL.revokeObjectURL(url)
    setState({ step: 'idle', message: 'Export téléchargé : joignez-le à votre réponse.' })
  }
  const slug = email.replace(/[^a-z0-9]+/gi, '-')

  const askErase = async () => {
    setState({ step: 'busy' })
    const res = await call('summary')
    const body = (await res.json().catch(() => ({}))) as { text?: string; error?: string }
    if (!res.ok || !body.text)
      return setState({
        step: 'idle',
        message: body.error ?? 'Impossible de préparer l’effacement : réessayez.',
      })
    setState({ step: 'confirm', summary: body.text })
  }

  const erase = async (summary: string) => {
    setState({ step: 'busy' })
    const res = await call('erase')
    const body = (await res.json().catch(() => ({}))) as { error?: string }
    if (!res.ok)
      return setState({ step: 'idle', message: body.error ?? 'L’effacement a échoué : réessayez.' })
    setState({ step: 'erased', summary })
  }

  if (state.step === 'erased')
    return (
      <div role="status" style={{ marginBottom: '1.5rem' }}>
        <p style={{ fontWeight: 600 }}>Données effacées : {state.summary}.</p>
        <p>L’effacement est inscrit au journal des effacements (qui, quand, combien).</p>
        <a href="/admin/collections/contacts">Retour aux contacts →</a>
      </div>
    )

  const busy = state.step === 'busy'
  return (
    <div style={{ marginBottom: '1.5rem' }}>
      <p style={{ fontWeight: 600, marginBottom: '.5rem' }}>Données personnelles (RGPD)</p>
      <p style={{ fontSize: '.85rem', marginBottom: '.5rem' }}>
        Droit d’accès ou d’effacement : répondez sous un mois.
      </p>
      {state.step === 'confirm' ? (
        <div
          role="alertdialog"
          aria-labelledby="erase-title"
          style={{ border: '2px solid var(--theme-error-500)', borderRadius: 6, padding: '.75rem' }}
        >
          <p id="erase-title" style={{ fontWeight: 600, marginTop: 0 }}>
            Effacer définitivement les données de {email} ?
          </p>
          <p>Seront effacés : {state.summary}. Cette action est irréversible.</p>
          <div style={{ display: 'flex', gap: '.5rem', flexWrap: 'wrap' }}>
            <Button
              buttonStyle="error"
              size="small"
              margin={false}
              onClick={() => erase(state.summary)}
            >
              Effacer définitivement
            </Button>
            <Button
              buttonStyle="secondary"
              size="small"
              margin={false}
              onClick={() => setState({ step: 'idle' })}
            >
              Ne rien effacer
            </Button>
          </div>
        </div>
      ) : (
        <div style={{ display: 'flex', gap: '.5rem', flexWrap: 'wrap' }}>
          <Button
            buttonStyle="secondary"
            size="small"
            margin={false}
            disabled={busy}
            onClick={() => download('export?format=html', `donnees-${slug}.html`)}
          >
            Exporter (document lisible)
          </Button>
          <Button
            buttonStyle="secondary"
            size="small"
            margin={false}
            disabled={busy}
            onClick={() => download('export', `donnees-${slug}.json`)}
          >
            Exporter (JSON, portabilité)
          </Button>
          <Button
            buttonStyle="error"
            size="small"
            margin={false}
            disabled={busy}
            onClick={askErase}
          >
            Tout effacer…
          </Button>
        </div>
      )}
      {state.step === 'idle' && state.message && (
        <p role="status" style={{ fontSize: '.85rem', marginTop: '.5rem' }}>
          {state.message}
        </p>
      )}
    </div>
  )
}
