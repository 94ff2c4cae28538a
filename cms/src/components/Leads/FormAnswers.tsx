'use client'
import { useField } from '@payloadcms/ui'
import React from 'react'
import { formAnswers } from '../../lib/formAnswers'

/**
 * The form's other answers as a read-only list (« question : réponse »), in place of Payload's JSON
 * code editor, which loads Monaco from a CDN: the admin makes no third-party request.
 */
export function FormAnswers({ path }: { path: string }) {
  const { value } = useField<unknown>({ path })
  const answers = formAnswers(value)
  return (
    <div className="field-type" style={{ marginBottom: '1.5rem' }}>
      <span className="field-label" id={`${path}-label`}>
        Autres réponses du formulaire
      </span>
      {answers.length === 0 ? (
        <p style={{ margin: 0 }}>Aucune autre réponse.</p>
      ) : (
        <dl
          aria-labelledby={`${path}-label`}
          style={{
            display: 'grid',
            gridTemplateColumns: 'max-content 1fr',
            gap: '.25rem 1rem',
            margin: 0,
          }}
        >
          {answers.map(({ question, answer }) => (
            <React.Fragment key={question}>
              <dt style={{ fontWeight: 600 }}>{question}</dt>
              <dd style={{ margin: 0 }}>{answer}</dd>
            </React.Fragment>
          ))}
        </dl>
      )}
    </div>
  )
}
