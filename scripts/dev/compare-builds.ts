// Two site builds, file by file, byte by byte: `node scripts/dev/compare-builds.ts <dirA> <dirB>
// [--ignore=<prefix>,…]`. Lists the files only one has and the files that differ (the first bytes
// where they part), exits 1 if any. Used to check that a build-speed change leaves every page the
// same (docs/adr/0033-fast-full-builds.md): build before and after against the same CMS, compare.
import fs from 'node:fs'
import path from 'node:path'

export const filesOf = (dir: string, base = dir): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    return e.isDirectory() ? filesOf(full, base) : [path.relative(base, full)]
  })

export type Comparison = { files: number; onlyA: string[]; onlyB: string[]; differ: string[] }

export const compareBuilds = (a: string, b: string, ignore: string[] = []): Comparison => {
  const kept = (f: string) => !ignore.some((prefix) => f.startsWith(prefix))
  const filesA = new Set(filesOf(a).filter(kept))
  const filesB = new Set(filesOf(b).filter(kept))
  const differ: string[] = []
  for (const f of filesA) {
    if (filesB.has(f) && !fs.readFileSync(path.join(a, f)).equals(fs.readFileSync(path.join(b, f))))
      differ.push(f)
  }
  return {
    files: filesA.size,
    onlyA: [...filesA].filter((f) => !filesB.has(f)).sort(),
    onlyB: [...filesB].filter((f) => !filesA.has(f)).sort(),
    differ: differ.sort(),
  }
}

/** Where two files first differ, with a little text around it. */
const firstDifference = (a: Buffer, b: Buffer) => {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  const around = (buf: Buffer) =>
    JSON.stringify(buf.subarray(Math.max(0, i - 40), i + 80).toString())
  return `byte ${i}:\n    A ${around(a)}\n    B ${around(b)}`
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const args = process.argv.slice(2)
  const dirs = args.filter((x) => !x.startsWith('--'))
  const ignore =
    args
      .find((x) => x.startsWith('--ignore='))
      ?.slice('--ignore='.length)
      .split(',')
      .filter(Boolean) ?? []
  if (dirs.length !== 2) {
    process.stderr.write('usage: compare-builds.ts <dirA> <dirB> [--ignore=<prefix>,…]\n')
    process.exit(2)
  }
  const [a, b] = dirs as [string, string]
  const result = compareBuilds(a, b, ignore)
  const out = process.stdout
  out.write(`${result.files} files in ${a}\n`)
  for (const f of result.onlyA) out.write(`only in A: ${f}\n`)
  for (const f of result.onlyB) out.write(`only in B: ${f}\n`)
  for (const f of result.differ.slice(0, 20))
    out.write(
      `differs: ${f} at ${firstDifference(fs.readFileSync(path.join(a, f)), fs.readFileSync(path.join(b, f)))}\n`,
    )
  const bad = result.onlyA.length + result.onlyB.length + result.differ.length
  out.write(
    bad === 0
      ? 'identical\n'
      : `${result.differ.length} differ, ${result.onlyA.length} only in A, ${result.onlyB.length} only in B\n`,
  )
  process.exit(bad === 0 ? 0 : 1)
}
