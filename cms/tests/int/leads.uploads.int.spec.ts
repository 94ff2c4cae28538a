// CV uploads on freelancer applications: type decided from the bytes (PDF, DOC, DOCX), 5 MB at
// most, stored privately; anything else is refused with a French message and nothing is stored.
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { CV_MAX_BYTES, toFormEntries } from '@vitrine/contracts'
import { bootPayload, shutdownPayload } from './helpers/payload'
import { pdfFile } from './helpers/fixtures'
import { zipArchive } from './helpers/zip'
import { callApi, postLead, resetLimits, uniqueIp, validLead } from './helpers/leads'
import { cmsUrl } from '../../src/lib/urls'

let payload: Payload
beforeAll(async () => {
  payload = await bootPayload()
})
afterAll(async () => shutdownPayload(payload))
beforeEach(() => resetLimits())

const stored = async (email: string) =>
  (await payload.count({ collection: 'leads', where: { email: { equals: email } } })).totalDocs

describe('CV uploads (freelancer applications)', () => {
  const apply = (
    file: { name: string; type: string; data: Uint8Array },
    as: 'multipart' = 'multipart',
    accept = 'application/json',
  ) => postLead(validLead('freelancer_application'), { as, file, headers: { accept } })

  it('a real PDF is stored privately with the application, under our own name; visitors cannot fetch it', async () => {
    const pdf = pdfFile('mon-cv.pdf')
    const body = validLead('freelancer_application')
    const res = await postLead(body, {
      as: 'multipart',
      file: { name: 'Mon CV.pdf', type: 'application/pdf', data: pdf.data },
    })
    expect(res.status).toBe(303)
    const [lead] = (
      await payload.find({
        collection: 'leads',
        where: { email: { equals: body.email } },
        depth: 1,
      })
    ).docs
    const cv = lead!.cv as { id: number | string; filename: string; mimeType: string; url: string }
    expect(cv.mimeType).toBe('application/pdf')
    expect(cv.filename).not.toContain('Mon CV')
    const anonymous = await callApi(new Request(`${cmsUrl}/api/resumes/file/${cv.filename}`))
    expect(anonymous.status).toBe(403)
    const listing = await callApi(new Request(`${cmsUrl}/api/resumes`))
    expect(listing.status).toBe(403)
  })

  it('a file just over 5 MB is refused with a French message (413: reading stops at the cap); a body far over it too; nothing is stored', async () => {
    const over = new Uint8Array(CV_MAX_BYTES + 1)
    over.set(Buffer.from('%PDF-1.7'))
    const res = await apply({ name: 'cv.pdf', type: 'application/pdf', data: over })
    expect(res.status).toBe(413)
    expect((await res.json()).fieldErrors.cv).toMatch(/5 Mo au plus/)
    const huge = new Uint8Array(CV_MAX_BYTES + 200_000)
    huge.set(Buffer.from('%PDF-1.7'))
    const body = validLead('freelancer_application')
    const page = await postLead(body, {
      as: 'multipart',
      file: { name: 'cv.pdf', type: 'application/pdf', data: huge },
    })
    expect(page.status).toBe(413)
    expect(page.headers.get('content-type')).toMatch(/text\/html/)
    expect(await page.text()).toContain('5 Mo au plus')
    expect(await stored(body.email)).toBe(0)
  })

  it.each([
    [
      'an executable renamed .pdf',
      'cv.pdf',
      'application/pdf',
      Buffer.from('MZ\x90\x00\x03\x00\x00\x00 this is not a pdf'),
    ],
    [
      'a PNG named .docx',
      'cv.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      Buffer.from('\x89PNG\r\n\x1a\n0000', 'latin1'),
    ],
    [
      'a zip that is not a Word file',
      'cv.docx',
      'application/octet-stream',
      Buffer.from('PK\x03\x04 just a zip with notes.txt', 'latin1'),
    ],
    ['a .exe', 'cv.exe', 'application/octet-stream', Buffer.from('MZ')],
    ['an HTML page', 'cv.html', 'text/html', Buffer.from('<script>alert(1)</script>')],
  ])('%s is refused with a French message on the cv field', async (_label, name, type, data) => {
    const res = await apply({ name, type, data })
    expect(res.status).toBe(400)
    expect((await res.json()).fieldErrors.cv).toMatch(/PDF, DOC ou DOCX/)
  })

  it('a truncated PDF (right first bytes, broken file) is refused too, leaving no file or contact', async () => {
    const body = validLead('freelancer_application')
    const res = await postLead(body, {
      as: 'multipart',
      file: { name: 'cv.pdf', type: 'application/pdf', data: Buffer.from('%PDF-1.4\n1 0 obj\n') },
      headers: { accept: 'application/json' },
    })
    expect(res.status).toBe(400)
    expect((await res.json()).fieldErrors.cv).toMatch(/PDF, DOC ou DOCX/)
    expect(await stored(body.email)).toBe(0)
    const where = { email: { equals: body.email } }
    expect((await payload.count({ collection: 'contacts', where })).totalDocs).toBe(0)
    const files = { person: { equals: body.email } }
    expect((await payload.count({ collection: 'resumes', where: files })).totalDocs).toBe(0)
  })

  it('a .doc (OLE2) and a .docx (ZIP with word/) are accepted', async () => {
    const doc = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(1024),
    ])
    const asDoc = await apply({ name: 'cv.doc', type: 'application/msword', data: doc })
    expect(asDoc.status, await asDoc.clone().text()).toBe(201)
    const asDocx = await apply({ name: 'cv.docx', type: '', data: minimalDocx() })
    expect(asDocx.status, await asDocx.clone().text()).toBe(201)
  })

  it('a .docx that is not a real Word archive is refused (ZIP bytes and « word/ » are not enough)', async () => {
    const fakes = [
      // ZIP magic, then anything that merely mentions word/
      Buffer.concat([
        Buffer.from('PK\x03\x04', 'latin1'),
        Buffer.from(' word/ '),
        Buffer.alloc(256),
      ]),
      // a real archive, but no Word package in it
      zipArchive([['word/readme.txt', 'bonjour']]),
      zipArchive([
        ['[Content_Types].xml', '<Types/>'],
        ['xl/workbook.xml', '<workbook/>'],
      ]),
    ]
    for (const data of fakes) {
      const res = await apply({ name: 'cv.docx', type: '', data })
      expect(res.status, await res.clone().text()).toBe(400)
    }
  })
})

describe('concurrent CV uploads', () => {
  it('at most LEADS_MAX_CONCURRENT_UPLOADS are read at once: one more gets 503 at once, the others go through', async () => {
    const max = Number(process.env.LEADS_MAX_CONCURRENT_UPLOADS ?? 4)
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    // A visitor on a slow line: half the body now, the rest when the gate opens.
    const slowUpload = async () => {
      const form = new FormData()
      for (const [k, v] of toFormEntries(validLead('freelancer_application'))) form.append(k, v)
      form.append(
        'cv',
        new Blob([pdfFile().data as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }),
        'cv.pdf',
      )
      const encoded = new Response(form)
      const bytes = new Uint8Array(await encoded.arrayBuffer())
      const half = bytes.length >> 1
      const body = new ReadableStream<Uint8Array>({
        async start(controller) {
          controller.enqueue(bytes.subarray(0, half))
          await gate
          controller.enqueue(bytes.subarray(half))
          controller.close()
        },
      })
      return callApi(
        new Request(`${cmsUrl}/api/leads/submit`, {
          method: 'POST',
          headers: {
            'content-type': encoded.headers.get('content-type')!,
            accept: 'application/json',
            origin: process.env.SITE_URL ?? 'http://localhost:4321',
            'x-forwarded-for': uniqueIp(),
            'user-agent': 'Mozilla/5.0 (test)',
            'accept-language': 'fr-FR',
          },
          body,
          duplex: 'half',
        } as RequestInit),
      )
    }
    const pending = Array.from({ length: max }, () => slowUpload())
    await new Promise((r) => setTimeout(r, 500)) // all of them are being read now
    const extra = await Promise.race([
      slowUpload(),
      new Promise<null>((r) => setTimeout(() => r(null), 3000)),
    ])
    release()
    const statuses = await Promise.all(pending.map(async (p) => (await p).status))
    expect(extra?.status).toBe(503) // not left waiting with the others
    expect(extra!.headers.get('retry-after')).toBeTruthy()
    expect((await extra!.json()).formError).toMatch(/réessayez/i)
    expect(statuses).toEqual(Array.from({ length: max }, () => 201))
  })
})

/** The smallest archive that is a Word file: [Content_Types].xml naming the main part, and it. */
const minimalDocx = () =>
  zipArchive([
    [
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ],
    ['word/document.xml', '<w:document/>'],
  ])
