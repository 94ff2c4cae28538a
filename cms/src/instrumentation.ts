/** Next.js calls this once when the CMS web process starts (`pnpm start`: cms/server.ts), before any request. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { refuseProductionWithoutSecrets } = await import('./lib/productionSecrets')
  refuseProductionWithoutSecrets()
}
