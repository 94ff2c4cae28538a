// S3_BUCKET set: uploads live on an S3-compatible store (a real s3rver started here), never on
// local disk; the site's media download reads images from there through the CMS; a private CV
// is refused to anonymous visitors and written with no public ACL; erasing the person removes it.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3'
import S3rver from '@20minutes/s3rver'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { createCmsClient } from '@vitrine/cms-client'
import { bootPayload, shutdownPayload } from './helpers/payload'
import { pdfFile, pngFile, seedUsers } from './helpers/fixtures'
import { callApi, postLead, resetLimits, seedLeadTargets, validLead } from './helpers/leads'
import { createDownloadToken } from '../../src/email/downloadLink'
import { serveRest } from './helpers/rest'
import { cmsUrl } from '../../src/lib/urls'

const bucket = 'vitrine-uploads'
let store: { close: () => Promise<void> }
let s3: S3Client
let endpoint: string
let payload: Payload
let adminToken: string
let storeDir: string
const writes: { path: string; acl?: string }[] = []

// (s3rver answers ListObjects with SignatureDoesNotMatch to this SDK: objects are checked one by one.)
const inBucket = (key: string) =>
  s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key })).then(
    () => true,
    (error: { name?: string }) => {
      if (error.name === 'NotFound') return false
      throw error
    },
  )
const objectBytes = async (key: string) =>
  Buffer.from(
    await (
      await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
    ).Body!.transformToByteArray(),
  )

/** A freelancer application with a real PDF, as the form posts it; the stored lead with its CV. */
const applyWithCv = async () => {
  resetLimits()
  const body = validLead('freelancer_application')
  const file = { name: 'cv.pdf', type: 'application/pdf', data: pdfFile().data }
  expect((await postLead(body, { as: 'multipart', file })).status).toBe(303)
  const where = { email: { equals: body.email } }
  const { docs } = await payload.find({ collection: 'leads', where, depth: 1 })
  return { body, lead: docs[0]! }
}

beforeAll(async () => {
  storeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrine-s3-'))
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: storeDir,
    configureBuckets: [{ name: bucket }],
  })
  // s3rver enforces no ACL (it serves any object to anyone): record what each write asked for.
  ;(server as unknown as { middleware: unknown[] }).middleware.unshift(
    async (
      ctx: { method: string; path: string; headers: Record<string, string> },
      next: () => Promise<void>,
    ) => {
      if (ctx.method === 'PUT') writes.push({ path: ctx.path, acl: ctx.headers['x-amz-acl'] })
      await next()
    },
  )
  const { port } = (await server.run()) as { port: number }
  store = { close: () => server.close() }
  endpoint = `http://127.0.0.1:${port}`
  Object.assign(process.env, {
    S3_BUCKET: bucket,
    S3_ENDPOINT: endpoint,
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
  })
  s3 = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  })
  payload = await bootPayload()
  const users = await seedUsers(payload)
  adminToken = (
    await payload.login({
      collection: 'users',
      data: { email: users.admin.email, password: 'test-password-1' },
    })
  ).token!
})
afterAll(async () => {
  await shutdownPayload(payload)
  await store.close()
  fs.rmSync(storeDir, { recursive: true, force: true })
  for (const name of ['S3_BUCKET', 'S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'])
    delete process.env[name]
})

describe('uploads on object storage (S3_BUCKET)', () => {
  it('stores an image and its variants in the bucket, not on disk; the site’s media download reads it through the CMS', async () => {
    const png = await pngFile('vitrine.png')
    const image = await payload.create({ collection: 'media', data: { alt: 'Vitrine' }, file: png })
    expect(await inBucket(`media/${image.filename}`)).toBe(true)
    // The variants made at upload (AVIF/WebP/JPEG sizes) too.
    const variants = Object.values(image.sizes ?? {}).flatMap((v) =>
      v?.filename ? [v.filename] : [],
    )
    expect(variants.length).toBeGreaterThan(0)
    for (const name of variants) expect(await inBucket(`media/${name}`), name).toBe(true)
    expect(fs.existsSync(path.join(process.env.MEDIA_DIR!, 'public', image.filename!))).toBe(false)

    // What web/src/lib/media.ts does at build time: the CMS client downloads each file by its URL.
    const rest = await serveRest(import('@payload-config').then((m) => m.default))
    try {
      const client = createCmsClient({ baseUrl: rest.url })
      const [doc] = (await client.find('media', { where: { id: { equals: image.id } } })).docs
      const bytes = await client.download(new URL(doc!.url!, 'http://x').pathname)
      expect(Buffer.from(bytes).equals(await objectBytes(`media/${image.filename}`))).toBe(true)
    } finally {
      await rest.close()
    }
  })

  it('keeps a CV private: anonymous visitors are refused, and the object is written with no public ACL', async () => {
    const { lead } = await applyWithCv()
    const cv = lead.cv as { filename: string }
    expect(await inBucket(`resumes/${cv.filename}`)).toBe(true)
    expect(
      fs.existsSync(path.join(process.env.MEDIA_DIR!, 'private', 'resumes', cv.filename)),
    ).toBe(false)

    expect((await callApi(new Request(`${cmsUrl}/api/resumes/file/${cv.filename}`))).status).toBe(
      403,
    )
    const asAdmin = await callApi(
      new Request(`${cmsUrl}/api/resumes/file/${cv.filename}`, {
        headers: { authorization: `JWT ${adminToken}` },
      }),
    )
    expect(asAdmin.status).toBe(200)
    expect(
      Buffer.from(await asAdmin.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')
    // Written without a public ACL: the object is as private as the bucket.
    const write = writes.find((w) => w.path === `/${bucket}/resumes/${cv.filename}`)
    expect(write).toBeTruthy()
    expect(write!.acl).toBeUndefined()
    expect(writes.filter((w) => w.acl && w.acl !== 'private')).toEqual([])
  })

  it('erasing the person removes the CV object from the bucket', async () => {
    const { body, lead } = await applyWithCv()
    const key = `resumes/${(lead.cv as { filename: string }).filename}`
    expect(await inBucket(key)).toBe(true)
    const erase = await callApi(
      new Request(`${cmsUrl}/api/privacy/erase`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${adminToken}` },
        body: JSON.stringify({ email: body.email }),
      }),
    )
    expect(erase.status).toBe(200)
    expect(await inBucket(key)).toBe(false)
  })

  it('serves a white paper’s PDF from the bucket through the signed download link only', async () => {
    resetLimits()
    const targets = await seedLeadTargets(payload)
    const doc = await payload.findByID({ collection: 'documents', id: targets.document.id })
    expect(await inBucket(`documents/${doc.filename}`)).toBe(true)
    expect(
      (await callApi(new Request(`${cmsUrl}/api/documents/file/${doc.filename}`))).status,
    ).toBe(403)
    const body = validLead('whitepaper', { whitePaperId: String(targets.whitePaper.id) })
    expect((await postLead(body)).status).toBe(201)
    const [lead] = (
      await payload.find({ collection: 'leads', where: { email: { equals: body.email } } })
    ).docs
    const { token } = createDownloadToken(lead!.id, targets.whitePaper.id)
    const res = await callApi(
      new Request(`${cmsUrl}/api/white-papers/download?token=${encodeURIComponent(token)}`),
    )
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    const pdf = Buffer.from(await res.arrayBuffer())
    expect(pdf.equals(await objectBytes(`documents/${doc.filename}`))).toBe(true)
  })
})
