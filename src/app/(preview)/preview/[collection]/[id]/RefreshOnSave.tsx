'use client'
import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * Inside the admin's live-preview frame: when the editor saves, the admin
 * posts a `payload-document-event`; re-render the page from the server.
 */
export const RefreshOnSave = () => {
  const router = useRouter()
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin === window.location.origin && event.data?.type === 'payload-document-event') router.refresh()
    }
    window.addEventListener('message', onMessage)
    return () => window.removeEventListener('message', onMessage)
  }, [router])
  return null
}
