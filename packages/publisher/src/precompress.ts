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

export type CompressionReport = {
  files: number
  bytes: number
  gzipBytes: number
  brotliBytes: number
}

/** Writes file.gz and file.br next to each text asset ≥ 1 KB, when they are smaller. */
export const precompress = async (dir: string): Promise<CompressionReport> => {
  const report: CompressionReport = { files: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0 }
  const files = (await listFiles(dir)).filter((f) =>
    COMPRESSIBLE.has(path.extname(f).toLowerCase()),
  )
  let next = 0
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!
      const data = await fs.readFile(file)
      if (data.length < MIN_SIZE) continue
      const [gz, br] = await Promise.all([
        gzip(data, { level: 9 }),
        brotli(data, {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: 9,
            [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
          },
        }),
      ])
      report.files++
      report.bytes += data.length
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
