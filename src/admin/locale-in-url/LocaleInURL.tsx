'use client'

import { useLocale } from '@payloadcms/ui'
import { usePathname, useRouter, useSearchParams } from 'next/navigation'
import React, { useEffect } from 'react'

/**
 * A stored document's edit view (/admin/collections/<slug>/<id>) or a global's. Not the create
 * view: it holds nothing stored to disagree with, and rendering it again would wipe what is typed.
 */
const EDIT_VIEW = /\/collections\/[^/]+\/(?!create$)[^/]+$|\/globals\/[^/]+$/

/**
 * Keeps the content locale of an edit view in its URL. Payload renders the form
 * on the server in the URL's locale or, without one, in the user's saved
 * preference, while the locale switcher and the save use the browser's own copy
 * of it, read separately (and kept across navigations and the Back button). When
 * the two differed, the form showed English under an Arabic switcher and saved
 * it into Arabic. With `?locale=` in the URL both read one value: the view is
 * rendered again in the locale the switcher shows.
 */
export const LocaleInURL = ({ children }: { children?: React.ReactNode }) => {
  const locale = useLocale()
  const params = useSearchParams()
  const pathname = usePathname()
  const router = useRouter()
  const code = 'code' in locale ? locale.code : undefined

  useEffect(() => {
    if (!code || params.has('locale') || !EDIT_VIEW.test(pathname)) return
    const withLocale = new URLSearchParams(params)
    withLocale.set('locale', code)
    router.replace(`${pathname}?${withLocale}`)
  }, [code, params, pathname, router])

  return <>{children}</>
}
