import { describe, expect, it } from 'vitest'
import { importsOf, scriptsOf } from './weight.ts'

describe('scriptsOf', () => {
  it('does not count JSON-LD or other data scripts as JavaScript', () => {
    const html =
      '<script type="application/ld+json">{"@type":"BlogPosting"}</script><script type="application/json">{}</script>'
    expect(scriptsOf(html)).toEqual({ inline: [], eager: [], lazy: [] })
  })

  it('tells inline, loaded-with-the-page and island code apart', () => {
    const html = [
      '<script>(()=>{customElements.define("astro-island",class{})})()</script>',
      '<script type="module" src="/_astro/page.js"></script>',
      '<link rel="modulepreload" href="/_astro/chunk.js">',
      '<astro-island component-url="/_astro/Form.js" renderer-url="/_astro/client.js?v=1&amp;x=2"></astro-island>',
    ].join('')
    const refs = scriptsOf(html)
    expect(refs.inline).toHaveLength(1)
    expect(refs.eager).toEqual(['/_astro/page.js', '/_astro/chunk.js'])
    expect(refs.lazy).toEqual(['/_astro/Form.js', '/_astro/client.js?v=1&x=2'])
  })
})

describe('importsOf', () => {
  it('follows static, side-effect and dynamic imports of relative files only', () => {
    const code =
      'import{a}from"./a.js";import"./b.js";const c=()=>import("../c.js");import React from "react"'
    expect(importsOf(code)).toEqual(['./a.js', './b.js', '../c.js'])
  })
})
