'use client'
import {
  ConfirmationModal,
  PopupList,
  toast,
  useDocumentInfo,
  useForm,
  useModal,
} from '@payloadcms/ui'
import React from 'react'

/**
 * « Dépublier… » in the ⋮ menu: a dialog that says what happens and buttons that say what they
 * do (« Garder en ligne » / « Retirer du site »), instead of Payload's « Annuler / Confirmer »
 * (its dialog shares those words with every other confirmation, so translations cannot fix it).
 * Same request as Payload's own button: the document goes back to draft, history kept.
 */
export function UnpublishButton() {
  const {
    id,
    collectionSlug,
    data,
    title,
    hasPublishedDoc,
    hasPublishPermission,
    isTrashed,
    incrementVersionCount,
    setHasPublishedDoc,
    setMostRecentVersionIsAutosaved,
    setUnpublishedVersionCount,
  } = useDocumentInfo()
  const { toggleModal } = useModal()
  const { reset } = useForm()
  const modalSlug = `confirm-unpublish-${id}`
  if (!collectionSlug || !hasPublishedDoc || !hasPublishPermission || isTrashed) return null

  const unpublish = async () => {
    const response = await fetch(`/api/${collectionSlug}/${id}?depth=0`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'content-type': 'application/json', 'accept-language': 'fr' },
      body: JSON.stringify({ _status: 'draft' }),
    }).catch(() => null)
    if (!response?.ok) {
      const body = (await response?.json().catch(() => null)) as {
        errors?: { message?: string }[]
      } | null
      toast.error(
        body?.errors?.[0]?.message ??
          'Le retrait n’a pas pu être enregistré. Vérifiez votre connexion, puis réessayez.',
      )
      return
    }
    void reset({ ...(data ?? {}), _status: 'draft' })
    toast.success(
      'Retiré du site : la page disparaît du site à la prochaine publication (quelques secondes).',
    )
    incrementVersionCount()
    setUnpublishedVersionCount(1)
    setMostRecentVersionIsAutosaved(false)
    setHasPublishedDoc(false)
  }

  return (
    <>
      <PopupList.Button id="action-unpublish" onClick={() => toggleModal(modalSlug)}>
        Dépublier…
      </PopupList.Button>
      <ConfirmationModal
        modalSlug={modalSlug}
        heading="Retirer du site ?"
        body={
          <p>
            « {title} » ne sera plus visible sur le site. Il reste ici en brouillon, avec son
            historique : vous pourrez le republier à tout moment.
          </p>
        }
        cancelLabel="Garder en ligne"
        confirmLabel="Retirer du site"
        confirmingLabel="Retrait en cours…"
        onConfirm={unpublish}
      />
    </>
  )
}
