import { NextResponse, type NextRequest } from 'next/server'

/**
 * The admin speaks French unless the person chose English in their account settings:
 * Payload otherwise follows the browser's language.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has('payload-lng')) return NextResponse.next()
  const response = NextResponse.next()
  response.cookies.set('payload-lng', process.env.ADMIN_DEFAULT_LANGUAGE || 'fr', {
    path: '/',
    sameSite: 'lax',
  })
  return response
}

export const config = { matcher: ['/admin/:path*'] }
