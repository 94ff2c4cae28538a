export const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )

export type PageSpec = {
  status: number
  title: string
  /** Shown first, announced by screen readers (role="alert"). */
  intro: string
  items?: string[]
  links: { href: string; label: string }[]
  note?: string
  headers?: Record<string, string>
  /** Answers shown back to the person who typed them (a confirmation page), escaped. */
  summary?: { label: string; value: string }[]
  /** One button that posts hidden fields (to the CMS itself: its CSP allows form-action 'self'). */
  form?: { action: string; hidden: Record<string, string>; submitLabel: string }
  /** Go on to this address at once (a link says the same for whoever stays). */
  refreshTo?: string
}

/**
 * A small accessible French page for answers a browser shows directly (a form posted without
 * JavaScript, a download link): real headings, an alert region, links that say where they go.
 * Everything is escaped; what the visitor typed is shown only in `summary` (the confirmation of a
 * form posted without JavaScript, to the person who posted it).
 */
export const htmlPage = ({
  status,
  title,
  intro,
  items = [],
  links,
  note,
  headers = {},
  summary = [],
  form,
  refreshTo,
}: PageSpec): Response => {
  const list = items.length
    ? `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`
    : ''
  const answers = summary.length
    ? `<dl>${summary.map((a) => `<dt>${escapeHtml(a.label)}</dt><dd>${escapeHtml(a.value)}</dd>`).join('')}</dl>`
    : ''
  const button = form
    ? `<form method="post" action="${escapeHtml(form.action)}">${Object.entries(form.hidden)
        .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
        .join('')}<button type="submit">${escapeHtml(form.submitLabel)}</button></form>`
    : ''
  const refresh = refreshTo
    ? `<meta http-equiv="refresh" content="0; url=${escapeHtml(refreshTo)}">\n`
    : ''
  const body = `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
${refresh}<title>${escapeHtml(title)} — Vitrine Office Services</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1d2a30;background:#f4f6f7;margin:0;line-height:1.5}
main{max-width:40rem;margin:3rem auto;padding:2rem;background:#fff;border-radius:.5rem}
h1{font-size:1.5rem;margin-top:0}
a{color:#0f4c5c;font-weight:600}
a:focus{outline:3px solid #f2a541;outline-offset:2px}
li{margin:.25rem 0}
dt{font-weight:600;margin-top:.5rem}
dd{margin:0 0 0 1rem;white-space:pre-wrap}
button{font:inherit;font-weight:600;color:#fff;background:#0f4c5c;border:0;border-radius:.375rem;padding:.75rem 1.25rem;margin:1rem 0;cursor:pointer}
button:focus{outline:3px solid #f2a541;outline-offset:2px}
</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<div role="alert"><p>${escapeHtml(intro)}</p>${list}</div>
${answers}${button}
${note ? `<p>${escapeHtml(note)}</p>` : ''}
<p>${links.map((l) => `<a href="${escapeHtml(l.href)}">${escapeHtml(l.label)}</a>`).join(' · ')}</p>
</main>
</body>
</html>
`
  return new Response(body, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Robots-Tag': 'noindex',
      ...headers,
    },
  })
}
