import fsSync from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import { listFiles } from './files.ts'

const gzip = promisify(zlib.gzip)
const brotli = promisify(zlib.brotliCompress)

/** Text assets worth compressing ahead of time (the site server and nginx gzip_static use them). */
export const COMPRESSIBLE = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.xml',
  '.json',
  '.svg',
  '.txt',
  '.webmanifest',
])
export const MIN_SIZE = 1024
const CONCURRENCY = 4
/**
 * Brotli quality 6, not 9: on our article pages (≈ 45 KB of HTML) quality 9 took 13× longer for
 * 0.2 % fewer bytes (300 pages, 13.8 MB: 7.9 s vs 0.6 s; 2,951,005 vs 2,956,713 B). A release whose
 * every page changed (first release, a menu or settings edit) is compressed in seconds, not half a
 * minute. gzip stays at 9: as fast as 6 here.
 */
const BROTLI_QUALITY = 6

export type CompressionReport = {
  /** Text assets ≥ 1 KB in the release. */
  files: number
  bytes: number
  gzipBytes: number
  brotliBytes: number
  /** Of those, files identical to the same path in the previous release: its .gz/.br were reused. */
  reused: number
  /** Of the reused, files that are the previous release's own inode (hard links): not even read. */
  linked: number
}

const readOrNull = (file: string) => fs.readFile(file).catch(() => null)

/** Hard link (same filesystem, no copy) or, failing that, a copy; a link already there is kept. */
const linkOrCopy = async (from: string, to: string) => {
  try {
    await fs.link(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      const [a, b] = await Promise.all([fs.stat(from), fs.stat(to)])
      if (a.ino === b.ino && a.dev === b.dev) return
      await fs.rm(to, { force: true })
      return linkOrCopy(from, to)
    }
    await fs.copyFile(from, to)
  }
}

const twinSizes = (previous: string) =>
  Promise.all(
    ['.gz', '.br'].map((ext) =>
      fs.stat(`${previous}${ext}`).then(
        (s) => s.size,
        () => null,
      ),
    ),
  )

/** Links the previous twins; null when there are none (the previous release was not compressed). */
const takeTwins = async (file: string, previous: string) => {
  const [gzSize, brSize] = await twinSizes(previous)
  if (gzSize == null && brSize == null) return null
  if (gzSize != null) await linkOrCopy(`${previous}.gz`, `${file}.gz`)
  if (brSize != null) await linkOrCopy(`${previous}.br`, `${file}.br`)
  return { gzipBytes: gzSize ?? 0, brotliBytes: brSize ?? 0 }
}

const linkOrCopySync = (from: string, to: string) => {
  try {
    fsSync.linkSync(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return fsSync.copyFileSync(from, to)
    const [a, b] = [fsSync.statSync(from), fsSync.statSync(to)]
    if (a.ino === b.ino && a.dev === b.dev) return
    fsSync.rmSync(to, { force: true })
    fsSync.linkSync(from, to)
  }
}

/** Files handled per slice of synchronous calls before the event loop gets a turn. */
const SLICE = 200

/**
 * The files that are the previous release's own inode take its twins: no read, a few stats and
 * links each. Synchronous calls (µs each, no thread-pool round trip: ≈ 2× faster here than the
 * async ones), in slices of 200 files so the site server in the same process keeps answering.
 * Returns the files left to compare or compress.
 */
const takeLinkedTwins = async (
  dir: string,
  previousDir: string,
  files: string[],
  report: CompressionReport,
) => {
  const rest: string[] = []
  for (let i = 0; i < files.length; i++) {
    if (i > 0 && i % SLICE === 0) await new Promise((resolve) => setImmediate(resolve))
    const file = files[i]!
    const previous = path.join(previousDir, path.relative(dir, file))
    const mine = fsSync.statSync(file)
    if (mine.size < MIN_SIZE) continue
    const theirs = fsSync.statSync(previous, { throwIfNoEntry: false })
    const gz = theirs && fsSync.statSync(`${previous}.gz`, { throwIfNoEntry: false })
    const br = theirs && fsSync.statSync(`${previous}.br`, { throwIfNoEntry: false })
    if (!theirs || theirs.ino !== mine.ino || theirs.dev !== mine.dev || (!gz && !br)) {
      rest.push(file)
      continue
    }
    if (gz) linkOrCopySync(`${previous}.gz`, `${file}.gz`)
    if (br) linkOrCopySync(`${previous}.br`, `${file}.br`)
    report.files++
    report.bytes += mine.size
    report.reused++
    report.linked++
    report.gzipBytes += gz ? gz.size : 0
    report.brotliBytes += br ? br.size : 0
  }
  return rest
}

/**
 * Takes the previous release's compressed twins of a file whose bytes did not change. Both twins
 * are taken or neither: a missing twin means the file did not shrink, which stays true for the
 * same bytes — unless the previous release was never precompressed, so a file without any twin
 * is compressed again.
 */
const reuse = async (file: string, previous: string, data: Buffer) => {
  const before = await readOrNull(previous)
  if (!before || !before.equals(data)) return null
  return takeTwins(file, previous)
}

/**
 * Writes file.gz and file.br next to each text asset ≥ 1 KB, when they are smaller. With
 * `previousDir` (the live release), a file whose bytes equal the same path there gets that
 * release's .gz/.br (hard links) instead of being compressed again: a one-article edit
 * compresses the handful of pages it changed, not the whole site. A file that is the same inode
 * as that path there (a renderer's hard link) is identical without reading either: precompressing
 * a release of links costs a few stats per file, not its bytes.
 */
export const precompress = async (
  dir: string,
  previousDir?: string | null,
): Promise<CompressionReport> => {
  const report: CompressionReport = {
    files: 0,
    bytes: 0,
    gzipBytes: 0,
    brotliBytes: 0,
    reused: 0,
    linked: 0,
  }
  const all = (await listFiles(dir)).filter((f) => COMPRESSIBLE.has(path.extname(f).toLowerCase()))
  const files = previousDir ? await takeLinkedTwins(dir, previousDir, all, report) : all
  let next = 0
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!
      const previous = previousDir ? path.join(previousDir, path.relative(dir, file)) : null
      const data = await fs.readFile(file)
      if (data.length < MIN_SIZE) continue
      report.files++
      report.bytes += data.length
      const reused = previous ? await reuse(file, previous, data) : null
      if (reused) {
        report.reused++
        report.gzipBytes += reused.gzipBytes
        report.brotliBytes += reused.brotliBytes
        continue
      }
      const [gz, br] = await Promise.all([
        gzip(data, { level: 9 }),
        brotli(data, {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
            [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
          },
        }),
      ])
      if (gz.length < data.length) {
        await fs.writeFile(`${file}.gz`, gz)
        report.gzipBytes += gz.length
      }
      if (br.length < data.length) {
        await fs.writeFile(`${file}.br`, br)
        report.brotliBytes += br.length
      }
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  return report
}
