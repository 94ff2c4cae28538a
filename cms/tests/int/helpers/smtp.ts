import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

export type Mail = {
  to: string
  subject: string
  messageId: string
  /** X-Vitrine-Email-Key: the outbox idempotency key. */
  key: string
  text: string
  html: string
  attachments: { filename: string; contentType: string; content: string }[]
  headers: Record<string, string>
}

const decodeWords = (value: string) =>
  value.replace(
    /=\?([^?]+)\?([QB])\?([^?]*)\?=\s*/gi,
    (_, _charset: string, enc: string, text: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
            'latin1',
          ).toString('utf8'),
  )

const splitHead = (raw: string) => {
  const at = raw.indexOf('\r\n\r\n')
  const head = (at < 0 ? raw : raw.slice(0, at)).replace(/\r\n[ \t]+/g, ' ')
  const headers: Record<string, string> = {}
  for (const line of head.split('\r\n')) {
    const i = line.indexOf(':')
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim()
  }
  return { headers, body: at < 0 ? '' : raw.slice(at + 4) }
}

const decodeBody = (body: string, encoding = '') => {
  const enc = encoding.toLowerCase()
  if (enc === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
  if (enc === 'quoted-printable') {
    const bytes = Buffer.from(
      body
        .replace(/=\r\n/g, '')
        .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
      'latin1',
    )
    return bytes.toString('utf8')
  }
  return body
}

const param = (header: string | undefined, name: string) =>
  header?.match(new RegExp(`${name}="?([^";]+)"?`, 'i'))?.[1]

/** Just enough MIME for what nodemailer writes: nested multiparts, QP/base64, encoded words. */
const walk = (raw: string, mail: Pick<Mail, 'text' | 'html' | 'attachments'>) => {
  const { headers, body } = splitHead(raw)
  const type = headers['content-type'] ?? 'text/plain'
  const boundary = param(type, 'boundary')
  if (type.toLowerCase().startsWith('multipart/') && boundary) {
    const parts = body.split(`--${boundary}`).slice(1)
    for (const part of parts) if (!part.startsWith('--')) walk(part.replace(/^\r\n/, ''), mail)
    return
  }
  const content = decodeBody(body, headers['content-transfer-encoding'])
  const filename = param(headers['content-disposition'], 'filename') ?? param(type, 'name')
  if (filename) mail.attachments.push({ filename, contentType: type, content })
  else if (type.startsWith('text/html')) mail.html = content
  else if (type.startsWith('text/plain')) mail.text = content
}

export const parseMail = (raw: string): Mail => {
  const { headers } = splitHead(raw)
  const mail: Mail = {
    to: headers.to ?? '',
    subject: decodeWords(headers.subject ?? ''),
    messageId: headers['message-id'] ?? '',
    key: headers['x-vitrine-email-key'] ?? '',
    text: '',
    html: '',
    attachments: [],
    headers,
  }
  walk(raw, mail)
  return mail
}

/**
 * An SMTP server in this process, on a fixed port that can be stopped (outage) and restarted.
 * `acceptDelayMs` makes it slow: a message is accepted (and counted in `mails`) that long after
 * its data arrived, and only if the client is still connected then, as a real server that never
 * answered "250" does not deliver it.
 */
export class TestSmtp {
  readonly mails: Mail[] = []
  private server: SMTPServer | null = null
  port = 0
  /** Messages whose data arrived and whose "250" is not sent yet. */
  receiving = 0

  constructor(private readonly options: { acceptDelayMs?: number } = {}) {}

  async start(port = this.port) {
    const closed = new Set<string>()
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onClose: (session) => closed.add(session.id),
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = []
        stream.on('data', (c: Buffer) => chunks.push(c))
        stream.on('end', () => {
          const accept = () => {
            if (closed.has(session.id)) return // the client went away before the answer
            this.mails.push(parseMail(Buffer.concat(chunks).toString('utf8')))
            callback()
          }
          const delay = this.options.acceptDelayMs ?? 0
          if (!delay) return accept()
          this.receiving++
          setTimeout(() => {
            this.receiving--
            accept()
          }, delay)
        })
      },
    })
    // A worker killed by a test resets its open connection: that is the client's end, not ours.
    this.server.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ECONNRESET') throw error
    })
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve))
    this.port = (this.server.server.address() as AddressInfo).port
    return this
  }

  async stop() {
    const server = this.server
    this.server = null
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()))
  }

  to(address: string) {
    return this.mails.filter((m) => m.to.includes(address))
  }
}

/** A port nothing listens on yet, to point SMTP_PORT at before the config is loaded. */
export const freePort = async () => {
  const probe = await new TestSmtp().start(0)
  const { port } = probe
  await probe.stop()
  return port
}

/**
 * A mail server on a free port, with the CMS's SMTP settings (and any other `env` the test
 * needs) pointed at it — call it before `bootPayload`, which reads them.
 */
export const startTestSmtp = async (env: Record<string, string> = {}) => {
  const port = await freePort()
  Object.assign(process.env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), ...env })
  return new TestSmtp().start(port)
}
