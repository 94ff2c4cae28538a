import { headersWithCors, type Endpoint, type PayloadHandler } from 'payload'
import { clientIp } from '../../lib/clientIp'
import { loginThrottle } from './loginThrottle'

const refusal = (minutes: number) =>
  `Trop de tentatives de connexion depuis cet appareil. Réessayez dans ${minutes} minute${minutes > 1 ? 's' : ''}, ou utilisez « Mot de passe oublié ? » pour choisir un nouveau mot de passe.`

const emailOf = async (req: Parameters<PayloadHandler>[0]): Promise<string> => {
  try {
    const body = (await req.clone!().json()) as { email?: unknown }
    return typeof body.email === 'string' ? body.email : ''
  } catch {
    return ''
  }
}

/**
 * POST /api/users/login in front of Payload's own: refuses a client that failed too often
 * (loginThrottle.ts), otherwise hands the request to Payload's handler and counts its 401s.
 */
export const throttledLogin: Endpoint = {
  path: '/login',
  method: 'post',
  handler: async (req) => {
    const ip = clientIp(req.headers)
    const email = await emailOf(req)
    const waitMs = loginThrottle.wait(ip, email)
    if (waitMs > 0) {
      loginThrottle.refused(ip)
      req.payload.logger.warn(
        `login: refused client ${ip} for ${email || '(no email)'} (too many failed attempts, ${Math.ceil(waitMs / 1000)} s left)`,
      )
      return Response.json(
        { errors: [{ message: refusal(Math.ceil(waitMs / 60_000)) }] },
        {
          status: 429,
          headers: headersWithCors({
            headers: new Headers({ 'Retry-After': String(Math.ceil(waitMs / 1000)) }),
            req,
          }),
        },
      )
    }
    const endpoints = req.payload.collections.users.config.endpoints || []
    const builtIn = endpoints.filter((e) => e.path === '/login' && e.method === 'post').at(-1)
    if (!builtIn || builtIn === throttledLogin)
      throw new Error('login: Payload’s own /login endpoint was not found')
    try {
      const response = await builtIn.handler(req)
      if (response.status === 401) loginThrottle.failed(ip, email)
      else if (response.ok) loginThrottle.succeeded(ip, email)
      return response
    } catch (error) {
      if ((error as { status?: number }).status === 401) loginThrottle.failed(ip, email)
      throw error
    }
  },
}
