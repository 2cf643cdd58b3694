'use client'
import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * Inside the admin's live-preview frame (or its pop-up window): tell the
 * admin that the page is ready, as Payload's live-preview client does
 * (without it the admin never sends anything); then, each time the editor
 * saves, the admin posts a `payload-document-event`: re-render the page from
 * the server. Messages go to and come from our own origin only.
 */
export const RefreshOnSave = () => {
  const router = useRouter()
  useEffect(() => {
    const origin = window.location.origin
    const onMessage = (event: MessageEvent) => {
      if (event.origin === origin && event.data?.type === 'payload-document-event') router.refresh()
    }
    window.addEventListener('message', onMessage)
    const admin = window.opener ?? (window.parent !== window ? window.parent : null)
    admin?.postMessage({ ready: true, type: 'payload-live-preview' }, origin)
    return () => window.removeEventListener('message', onMessage)
  }, [router])
  return null
}
