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
}

/**
 * A small accessible French page for answers a browser shows directly (a form posted without
 * JavaScript, a download link): real headings, an alert region, links that say where they go.
 * Everything is escaped; nothing the visitor typed is echoed.
 */
export const htmlPage = ({
  status,
  title,
  intro,
  items = [],
  links,
  note,
  headers = {},
}: PageSpec): Response => {
  const list = items.length
    ? `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`
    : ''
  const body = `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} — Vitrine Office Services</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1d2a30;background:#f4f6f7;margin:0;line-height:1.5}
main{max-width:40rem;margin:3rem auto;padding:2rem;background:#fff;border-radius:.5rem}
h1{font-size:1.5rem;margin-top:0}
a{color:#0f4c5c;font-weight:600}
a:focus{outline:3px solid #f2a541;outline-offset:2px}
li{margin:.25rem 0}
</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<div role="alert"><p>${escapeHtml(intro)}</p>${list}</div>
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
