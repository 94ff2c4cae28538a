import path from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  // tsconfig says `jsx: preserve` (for Next); tests still need JSX compiled (email templates).
  oxc: { jsx: { runtime: 'automatic' } },
  resolve: {
    tsconfigPaths: true,
    alias: { '@payload-config': path.resolve(import.meta.dirname, 'src/payload.config.ts') },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'tests/int/**/*.int.spec.ts'],
    globalSetup: ['tests/int/globalSetup.ts'],
    setupFiles: ['tests/int/setupEnv.ts'],
    hookTimeout: 120_000,
    testTimeout: 60_000,
    // Every file boots its own Payload on its own SQLite file: run them one after the other.
    fileParallelism: false,
    pool: 'forks',
  },
})
