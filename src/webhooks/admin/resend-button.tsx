'use client'

import { Button, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

const LABELS = {
  ar: {
    button: 'إرسال مجددًا',
    error: 'تعذّر وضع الإشعار في طابور الإرسال.',
    hint: 'يُرسل الإشعار نفسه مرة أخرى، بمحاولات جديدة.',
    queued: 'وُضع في طابور الإرسال.',
  },
  en: {
    button: 'Send again',
    error: 'The delivery could not be queued.',
    hint: 'Sends the same delivery again, with a new set of attempts.',
    queued: 'Queued for sending.',
  },
}

/**
 * The "send again" button of a webhook delivery's edit view: POSTs to
 * /api/webhook-deliveries/:id/resend (../resend-endpoint.ts), which queues a
 * new attempt, then reloads the view to show it pending.
 */
export const ResendButton = () => {
  const { i18n } = useTranslation()
  const labels = LABELS[i18n.language === 'en' ? 'en' : 'ar']
  const { id } = useDocumentInfo()
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const router = useRouter()
  const [state, setState] = useState<'error' | 'idle' | 'queued' | 'sending'>('idle')
  if (id === undefined || id === null) return null

  const resend = async () => {
    setState('sending')
    const response = await fetch(`${serverURL}${api}/webhook-deliveries/${id}/resend`, {
      credentials: 'include',
      headers: { 'accept-language': i18n.language },
      method: 'POST',
    }).catch(() => undefined)
    setState(response?.ok ? 'queued' : 'error')
    if (response?.ok) router.refresh()
  }

  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <Button buttonStyle="secondary" disabled={state === 'sending'} onClick={resend} size="small">
        {labels.button}
      </Button>
      <p style={{ color: 'var(--theme-elevation-500)', margin: 0 }}>
        {state === 'queued' ? labels.queued : state === 'error' ? labels.error : labels.hint}
      </p>
    </div>
  )
}
