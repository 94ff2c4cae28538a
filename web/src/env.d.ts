// Custom client directives registered by our integrations (src/integrations/intentDirective.ts).
declare module 'astro' {
  interface AstroClientDirectives {
    'client:intent'?: boolean
  }
}
export {}
