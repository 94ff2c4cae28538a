import { useEffect, useRef, useState, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import {
  checkCvFile,
  CV_FIELD,
  FORM_TOKEN_FIELD,
  fieldError,
  fromFormData,
  leadForms,
  parseLead,
  type LeadKind,
} from '@vitrine/contracts'
import {
  ATTRIBUTION_KEY,
  captureAttribution,
  islandMessages,
  orderedErrors,
  outcomeFromResponse,
  readAttribution,
  type Attribution,
} from './leadForm'
import { thanks } from '../lib/domain/thanks'
import { summaryEntry } from '../lib/errorSummary'

/**
 * Enhances the server-rendered lead form of LeadForm.astro (the only markup of its fields): same
 * French checks as the CMS (@vitrine/contracts) on blur and on submit, errors linked to the fields,
 * a summary, JSON (or multipart) post, loading and success states. Renders its live region and
 * summary above the form it wraps (its children, static HTML React leaves alone) and the error
 * messages (portals next to the fields). Without JavaScript the form posts as before.
 */
interface Props {
  kind: LeadKind
  /** id of the LeadForm wrapper (data-lead-form) holding the <form>. */
  formId: string
  submitUrl: string
  tokenUrl: string
  /** The server-rendered <form> (Astro passes it as static HTML that React never re-renders). */
  children?: ReactNode
}

type Errors = { fieldErrors: Record<string, string>; formError?: string }
type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement

const controlsOf = (form: HTMLFormElement, name: string): Control[] =>
  Array.from(form.querySelectorAll<Control>(`[name="${CSS.escape(name)}"]`))

/** The element a field's error goes into: its fieldset (choices) or its .field / .check block. */
const containerOf = (controls: Control[]): Element | null => {
  const first = controls[0]
  if (!first) return null
  return (
    (controls.length > 1 && first.closest('fieldset')) || first.closest('.field, .check, fieldset')
  )
}

function setHidden(form: HTMLFormElement, name: string, value: string) {
  const input = form.querySelector<HTMLInputElement>(`input[type="hidden"][name="${name}"]`)
  if (input && value) input.value = value
}

function loadAttribution(): Attribution {
  try {
    const stored = readAttribution(sessionStorage.getItem(ATTRIBUTION_KEY))
    if (stored) return stored
    const fresh = captureAttribution(location.href, document.referrer)
    sessionStorage.setItem(ATTRIBUTION_KEY, JSON.stringify(fresh))
    return fresh
  } catch {
    return captureAttribution(location.href, document.referrer)
  }
}

const wait = (ms: number) => new Promise<number>((resolve) => setTimeout(() => resolve(0), ms))

export default function LeadFormIsland({ kind, formId, submitUrl, tokenUrl, children }: Props) {
  const leadForm = leadForms[kind]
  const visible = leadForm.fields.filter((f) => f.type !== 'hidden' && !f.honeypot)
  const order = visible.map((f) => f.name)
  const labelOf = (name: string) => visible.find((f) => f.name === name)?.label ?? name
  const errorId = (name: string) => `${formId}-${name}-error`

  const formRef = useRef<HTMLFormElement | null>(null)
  /** When the visitor's own token may be sent (ms since epoch; 0: none, the page's stays). */
  const tokenRef = useRef<Promise<number>>(Promise.resolve(0))
  const [ready, setReady] = useState(false)
  const [errors, setErrors] = useState<Errors>({ fieldErrors: {} })
  const [showSummary, setShowSummary] = useState(false)
  const [focusRequest, setFocusRequest] = useState(0)
  const [sending, setSending] = useState(false)
  const [done, setDone] = useState(false)
  const statusRef = useRef<HTMLDivElement>(null)
  const summaryRef = useRef<HTMLDivElement>(null)
  const errorsRef = useRef(errors)
  errorsRef.current = errors

  /** Only for fields a person can see and fix. */
  const checkField = (form: HTMLFormElement, name: string): string | undefined => {
    if (name === CV_FIELD) {
      const file = controlsOf(form, name)[0]
      const chosen = file instanceof HTMLInputElement ? file.files?.[0] : undefined
      return chosen ? (checkCvFile(chosen) ?? undefined) : undefined
    }
    return fieldError(kind, name, fromFormData(new FormData(form))[name])
  }

  const validateOne = (name: string) => {
    const form = formRef.current
    if (!form || !order.includes(name)) return
    const message = checkField(form, name)
    setErrors((current) => {
      const fieldErrors = { ...current.fieldErrors }
      if (message) fieldErrors[name] = message
      else delete fieldErrors[name]
      return { ...current, fieldErrors }
    })
  }

  // Attach to the server-rendered form once: attribution, token, listeners.
  useEffect(() => {
    const form = document.getElementById(formId)?.querySelector('form')
    if (!form) return
    formRef.current = form
    setReady(true)
    form.noValidate = true // our messages replace the browser's bubbles
    form.dataset.enhanced = 'true'

    const attribution = loadAttribution()
    for (const [name, value] of Object.entries(attribution)) setHidden(form, name, value ?? '')
    setHidden(form, 'sourcePage', location.pathname)

    // A token of its own for this visitor: a token is good for one submission (the one written
    // into the page at build time is shared by every visitor, and such posts are held for review).
    const tokenInput = form.querySelector<HTMLInputElement>(`input[name="${FORM_TOKEN_FIELD}"]`)
    if (tokenInput) {
      tokenRef.current = fetch(tokenUrl, {
        headers: { Accept: 'application/json' },
        cache: 'no-store',
      })
        .then((res) =>
          res.ok ? (res.json() as Promise<{ token?: unknown; minFillMs?: unknown }>) : undefined,
        )
        .then((body) => {
          if (typeof body?.token !== 'string') return 0
          tokenInput.value = body.token
          return Date.now() + (typeof body.minFillMs === 'number' ? body.minFillMs : 0)
        })
        .catch(() => 0) // the page's token stays: the CMS keeps such a post for review
    }

    const dirty = new Set<string>()
    const onInput = (event: Event) => {
      const name = (event.target as Control).name
      dirty.add(name)
      const target = event.target as Control
      if (
        target.type === 'checkbox' ||
        target.type === 'file' ||
        name in errorsRef.current.fieldErrors
      )
        validateOne(name)
    }
    const onBlur = (event: FocusEvent) => {
      const name = (event.target as Control).name
      if (name && dirty.has(name)) validateOne(name)
    }
    form.addEventListener('input', onInput)
    form.addEventListener('change', onInput)
    form.addEventListener('focusout', onBlur)
    form.addEventListener('submit', onSubmit)
    return () => {
      form.removeEventListener('input', onInput)
      form.removeEventListener('change', onInput)
      form.removeEventListener('focusout', onBlur)
      form.removeEventListener('submit', onSubmit)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [formId])

  const fail = (next: Errors) => {
    setErrors(next)
    setShowSummary(true)
    setFocusRequest((n) => n + 1)
  }

  async function onSubmit(event: SubmitEvent) {
    event.preventDefault()
    const form = formRef.current
    if (!form || form.getAttribute('aria-busy') === 'true') return
    const formData = new FormData(form)
    const record = fromFormData(formData)
    const parsed = parseLead(record, kind)
    const next: Errors = parsed.ok
      ? { fieldErrors: {} }
      : { fieldErrors: { ...parsed.fieldErrors }, formError: parsed.formError }
    const cvError = order.includes(CV_FIELD) ? checkField(form, CV_FIELD) : undefined
    if (cvError) next.fieldErrors[CV_FIELD] = cvError
    if (!parsed.ok || cvError) return fail(next)

    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')
    const label = button?.textContent ?? ''
    form.setAttribute('aria-busy', 'true')
    setSending(true)
    if (button) {
      button.disabled = true
      button.textContent = islandMessages.sending
    }
    try {
      // The visitor's own token, sent no earlier than the CMS's minimum fill time allows.
      const usableAt = await Promise.race([tokenRef.current, wait(5000).then(() => 0)])
      if (usableAt > Date.now()) await wait(usableAt - Date.now())
      const sent = new FormData(form) // with the token as it is now
      const multipart = form.enctype === 'multipart/form-data'
      const response = await fetch(submitUrl, {
        method: 'POST',
        headers: multipart
          ? { Accept: 'application/json' }
          : { Accept: 'application/json', 'Content-Type': 'application/json' },
        body: multipart ? sent : JSON.stringify(fromFormData(sent)),
      })
      const body: unknown = await response.json().catch(() => null)
      const outcome = outcomeFromResponse(response.status, body)
      if (outcome.type === 'success') {
        setErrors({ fieldErrors: {} })
        setShowSummary(false)
        setDone(true)
        form.hidden = true
        return
      }
      fail({ fieldErrors: outcome.fieldErrors, formError: outcome.formError })
    } catch {
      fail({ fieldErrors: {}, formError: islandMessages.network })
    } finally {
      form.removeAttribute('aria-busy')
      setSending(false)
      if (button) {
        button.disabled = false
        button.textContent = label
      }
    }
  }

  // aria-invalid and aria-describedby on the server-rendered controls.
  useEffect(() => {
    const form = formRef.current
    if (!form) return
    for (const name of order) {
      const message = errors.fieldErrors[name]
      for (const control of controlsOf(form, name)) {
        const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)
        const rest = ids.filter((id) => id !== errorId(name))
        const all = message ? [errorId(name), ...rest] : rest
        if (all.length) control.setAttribute('aria-describedby', all.join(' '))
        else control.removeAttribute('aria-describedby')
        if (message) control.setAttribute('aria-invalid', 'true')
        else control.removeAttribute('aria-invalid')
      }
    }
  })

  // After a failed submit: focus the first invalid field, or the summary when none can be fixed.
  useEffect(() => {
    const form = formRef.current
    if (!focusRequest || !form) return
    const first = orderedErrors(order, errors.fieldErrors).find(([name]) => order.includes(name))
    const control = first ? controlsOf(form, first[0])[0] : undefined
    if (control) control.focus()
    else summaryRef.current?.focus()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest])

  useEffect(() => {
    if (done) statusRef.current?.focus()
  }, [done])

  const form = ready ? formRef.current : null
  const shown = orderedErrors(order, errors.fieldErrors).filter(([name]) => order.includes(name))
  const summary = showSummary && (shown.length > 0 || errors.formError)

  return (
    <div className="lead-form__live">
      <div role="status" aria-live="polite" tabIndex={-1} ref={statusRef} className="form-status">
        {done && (
          <>
            <p className="form-status__title">
              <strong>{thanks[kind].title}</strong>
            </p>
            <p>{thanks[kind].text}</p>
            <p>
              <a href={thanks[kind].next.href}>{thanks[kind].next.label}</a>
            </p>
          </>
        )}
        {sending && <span className="visually-hidden">{islandMessages.sending}</span>}
      </div>
      {summary && !done && (
        <div className="form-summary" role="alert" tabIndex={-1} ref={summaryRef}>
          {errors.formError && <p>{errors.formError}</p>}
          {shown.length > 0 && (
            <>
              <p>{islandMessages.summaryTitle(shown.length)}</p>
              <ul>
                {shown.map(([name, message]) => (
                  <li key={name}>
                    <a
                      href={`#${form ? (controlsOf(form, name)[0]?.id ?? '') : ''}`}
                      onClick={(event) => {
                        event.preventDefault()
                        if (form) controlsOf(form, name)[0]?.focus()
                      }}
                    >
                      {summaryEntry(labelOf(name), message)}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {children}
      {form &&
        !done &&
        shown.map(([name, message]) => {
          const container = containerOf(controlsOf(form, name))
          return container
            ? createPortal(
                <p className="field__error" id={errorId(name)} key={name}>
                  {message}
                </p>,
                container,
                name,
              )
            : null
        })}
    </div>
  )
}
