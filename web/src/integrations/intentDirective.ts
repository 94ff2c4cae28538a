import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'

/** Registers `client:intent` (src/islands/intent.ts): hydrate an island when the visitor reaches for it. */
export const intentDirective = (): AstroIntegration => ({
  name: 'vitrine:intent-directive',
  hooks: {
    'astro:config:setup': ({ addClientDirective }) => {
      addClientDirective({
        name: 'intent',
        entrypoint: fileURLToPath(new URL('../islands/intent.ts', import.meta.url)),
      })
    },
  },
})
