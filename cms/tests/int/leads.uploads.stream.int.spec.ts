// CV uploads are parsed as they arrive (issue 14, readMultipart.ts): a CV over 5 MB is refused the
// moment its 5 MB + 1st byte arrives — the rest of the body is never asked for — and N uploads at
// once hold about one copy of each file, not the body, its copy and the parsed form's copy.
import { type Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest'
import { CV_MAX_BYTES, toFormEntries } from '@vitrine/contracts'
import { bootPayload, shutdownPayload } from './helpers/payload'
import {
  callApi,
  playIntakeWorker,
  resetLimits,
  storedLeads,
  uniqueIp,
  validLead,
} from './helpers/leads'
import { intakeSettled } from '../../src/jobs/intakeRunner'
import { cmsUrl, siteUrl } from '../../src/lib/urls'

let payload: Payload
beforeAll(async () => {
  payload = await bootPayload()
})
afterAll(() => shutdownPayload(payload))
beforeEach(() => resetLimits())

const CHUNK = 64 * 1024
const zeros = Buffer.alloc(CHUNK)
const boundary = '----vitrine-stream-test'

/** An application's text fields and the head of its `cv` part, as a browser encodes them. */
const head = (body: Record<string, unknown>, name: string, type: string) =>
  Buffer.from(
    toFormEntries(body)
      .map(
        ([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
      )
      .join('') +
      `--${boundary}\r\nContent-Disposition: form-data; name="cv"; filename="${name}"\r\n` +
      `Content-Type: ${type}\r\n\r\n`,
  )
const tail = Buffer.from(`\r\n--${boundary}--\r\n`)

/**
 * A visitor's upload sent chunk by chunk, each one only when the server asks for it: the head,
 * `size` bytes of file starting with `magic`, then the end — unless `stallBeforeEnd`, in which
 * case the client never sends the end. `sent` counts what the server asked for.
 */
const upload = (
  size: number,
  magic: Buffer,
  { stallBeforeEnd = false, declareLength = false, name = 'cv.pdf', type = 'application/pdf' } = {},
) => {
  const body = validLead('freelancer_application')
  const first = head(body, name, type)
  const total = first.length + size + tail.length
  const state = { sent: 0, askedForEnd: false }
  let fileSent = 0
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (state.sent === 0) {
          state.sent += first.length
          return controller.enqueue(first)
        }
        if (fileSent < size) {
          const n = Math.min(CHUNK, size - fileSent)
          // The same zeros every time (the client holds no copy of its own): only the first
          // chunk carries the file's magic bytes.
          const chunk =
            fileSent === 0 ? Buffer.concat([magic, zeros]).subarray(0, n) : zeros.subarray(0, n)
          fileSent += n
          state.sent += n
          return controller.enqueue(chunk)
        }
        state.askedForEnd = true
        if (stallBeforeEnd) return new Promise<void>(() => undefined) // a line that went quiet
        state.sent += tail.length
        controller.enqueue(tail)
        controller.close()
      },
    },
    { highWaterMark: 0 },
  )
  const request = new Request(`${cmsUrl}/api/leads/submit`, {
    method: 'POST',
    headers: {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      ...(declareLength ? { 'content-length': String(total) } : {}),
      accept: 'application/json',
      origin: siteUrl,
      'x-forwarded-for': uniqueIp(),
      'user-agent': 'Mozilla/5.0 (test)',
    },
    body: stream,
    duplex: 'half',
  } as RequestInit)
  return { email: body.email, state, total, response: callApi(request) }
}

it('a CV of 5 MB + 1 byte is refused in French as soon as that byte arrives; the rest is never asked for', async () => {
  const sent = upload(CV_MAX_BYTES + 1, Buffer.from('%PDF-1.7\n'), { stallBeforeEnd: true })
  const res = await Promise.race([
    sent.response,
    new Promise<never>((_, reject) =>
      setTimeout(
        () => reject(new Error('no answer: the server waited for the whole body')),
        30_000,
      ),
    ),
  ])
  expect(res.status).toBe(413)
  const answer = (await res.json()) as { fieldErrors: Record<string, string> }
  expect(answer.fieldErrors.cv).toMatch(/5 Mo au plus/)
  expect(sent.state.askedForEnd).toBe(false)
  expect(sent.state.sent).toBeLessThan(sent.total)
  await intakeSettled()
  expect(await storedLeads(payload, sent.email)).toHaveLength(0)
  const files = await payload.count({
    collection: 'resumes',
    where: { person: { equals: sent.email } },
  })
  expect(files.totalDocs).toBe(0)
})

it('4 uploads of 4.5 MB at once: each file is held about once in memory, and each becomes its lead', async () => {
  const size = 4.5 * 1024 * 1024
  const doc = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) // a .doc (OLE2)
  const baseline = process.memoryUsage().arrayBuffers
  let peak = baseline
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().arrayBuffers)
  }, 1)
  const uploads = Array.from({ length: 4 }, () =>
    upload(size, doc, { declareLength: true, name: 'cv.doc', type: 'application/msword' }),
  )
  const statuses = await Promise.all(uploads.map(async (u) => (await u.response).status))
  clearInterval(sampler)
  peak = Math.max(peak, process.memoryUsage().arrayBuffers)
  expect(statuses).toEqual([201, 201, 201, 201])
  await intakeSettled()
  await playIntakeWorker() // the worker's next poll (docs/adr/0027)
  for (const u of uploads) expect((await storedLeads(payload, u.email))[0]?.cv).toBeTruthy()
  const grew = peak - baseline
  console.info(
    `4 × 4.5 MB uploads: array buffers grew by ${(grew / 1048576).toFixed(1)} MB at most`,
  )
  // Reading the whole body, then a copy, then the parsed form's copy of the file held three or
  // more copies of each file at once (≥ 54 MB here).
  expect(grew).toBeLessThan(4 * size * 1.5)
})
