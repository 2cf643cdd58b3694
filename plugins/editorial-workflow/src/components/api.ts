'use client'
import { useConfig } from '@payloadcms/ui'

/** The admin's REST base, e.g. `/api`, with the user's session cookie sent along. */
export const useApi = () => {
  const { config } = useConfig()
  const base = `${config.serverURL ?? ''}${config.routes.api}`
  return async <T>(path: string, init?: RequestInit): Promise<{ body: T; ok: boolean }> => {
    const response = await fetch(`${base}${path}`, {
      credentials: 'include',
      ...init,
      headers: { 'content-type': 'application/json', ...init?.headers },
    })
    const body = (await response.json().catch(() => ({}))) as T
    return { body, ok: response.ok }
  }
}

/** The admin's own URL prefix, e.g. `/admin`. */
export const useAdminRoute = () => useConfig().config.routes.admin
