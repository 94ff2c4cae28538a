import { redirect } from 'next/navigation'

/** The CMS has no public pages of its own: the site is the Astro build. */
export default function Home() {
  redirect('/admin')
}
