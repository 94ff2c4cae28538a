// `npm test`'s first stage: formatting, then the types of every workspace, .astro files included.
// Needs no running CMS: `astro check` generates the content types with loaders that read nothing
// (VITRINE_TYPES_ONLY=1, web/src/lib/config.ts).
import path from 'node:path'
import { bin, root, runStep } from './proc.ts'

/** Every workspace type-checked with its own tsc (web with astro check, which covers its .ts). */
export const typeCheckedWorkspaces = [
  'packages/contracts',
  'packages/cms-client',
  'packages/publisher',
  'packages/devkit',
  'packages/bench',
  'packages/backup',
  'cms',
]

/** Runs every check, then fails with all that failed (one failure does not hide the others). */
export const lint = async () => {
  const failures: string[] = []
  const check = (step: Promise<void>) => step.catch((error: Error) => failures.push(error.message))
  // Prettier with its Astro plugin (.prettierrc.json), over the whole tree less .prettierignore.
  await check(
    runStep(
      'Formatting (prettier --check)',
      bin('.', 'prettier'),
      ['--check', '--cache', '--log-level=warn', '.'],
      {
        cwd: root,
      },
    ),
  )
  for (const ws of typeCheckedWorkspaces) {
    await check(
      runStep(`Type check: ${ws}`, bin(ws, 'tsc'), ['--noEmit', '-p', '.'], {
        cwd: path.join(root, ws),
        quiet: true,
      }),
    )
  }
  await check(
    runStep('Type check: web (astro check, .astro and .ts)', bin('web', 'astro'), ['check'], {
      cwd: path.join(root, 'web'),
      env: { ...process.env, VITRINE_TYPES_ONLY: '1', ASTRO_TELEMETRY_DISABLED: '1' },
      quiet: true,
    }),
  )
  if (failures.length) throw new Error(failures.join('; '))
}
