import type { ClientDirective } from 'astro'
import { rememberLanding } from './attribution'

/**
 * `client:intent` — hydrates an island when the visitor shows they are about to use it: a pointer
 * over it, a touch, the keyboard focus inside it. Until then the page has fetched no script at
 * all (Astro inlines this directive). A submit that comes before the island is ready is held,
 * then replayed through the island once it has enhanced its form (`data-enhanced`); if the island
 * cannot load, the form posts natively, as it would without JavaScript. See docs/adr/0006.
 */
const READY_TIMEOUT_MS = 8000

/** Resolves when the island has taken over `form` (its attach effect sets data-enhanced). */
const enhanced = (form: HTMLFormElement) =>
  new Promise<void>((resolve, reject) => {
    if (form.dataset.enhanced === 'true') return resolve()
    const observer = new MutationObserver(() => {
      if (form.dataset.enhanced !== 'true') return
      observer.disconnect()
      clearTimeout(timer)
      resolve()
    })
    const timer = setTimeout(() => {
      observer.disconnect()
      reject(new Error('island not ready'))
    }, READY_TIMEOUT_MS)
    observer.observe(form, { attributes: true, attributeFilter: ['data-enhanced'] })
  })

const intent: ClientDirective = (load, _options, el) => {
  // Where the visitor came from, on the page they landed on, before anything is downloaded.
  rememberLanding(location.href, document.referrer)

  // Astro reports a failed download with this event, then resolves `load` with a no-op.
  let failed = false
  el.addEventListener('astro:hydration-error', () => (failed = true), { once: true })
  let hydrating: Promise<void> | undefined
  const wake = () =>
    (hydrating ??= load().then((hydrate) => {
      if (failed) throw new Error('island unavailable')
      return hydrate()
    }))
  const events = ['pointerover', 'touchstart', 'focusin'] as const
  const onIntent = () => {
    for (const type of events) el.removeEventListener(type, onIntent)
    void wake().catch(() => undefined) // a failed download leaves the plain form working
  }
  for (const type of events) el.addEventListener(type, onIntent, { passive: true })

  // Enter pressed before the island is there: hold the post, hand it to the island once ready.
  const onSubmit = (event: SubmitEvent) => {
    const form = event.target as HTMLFormElement
    if (form.dataset.enhanced === 'true' || form.dataset.native === 'true') return
    event.preventDefault()
    const submitter = event.submitter
    // Sent again from a task of its own: a form ignores requestSubmit() while its submit event
    // is still being dispatched (which is the case when the island had already failed).
    const resend = () => setTimeout(() => form.requestSubmit(submitter))
    wake()
      .then(() => enhanced(form))
      .then(resend, () => {
        el.removeEventListener('submit', onSubmit, { capture: true })
        form.dataset.native = 'true'
        resend()
      })
  }
  el.addEventListener('submit', onSubmit, { capture: true })
}

export default intent
