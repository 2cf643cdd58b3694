'use client'
import { useConfig } from '@payloadcms/ui'

import { RELEASES_SLUG } from '../types'
import { useApi } from './api'

type Ref = { collection: string; id: number | string }

type Created = { doc?: { id: number | string }; errors?: { message: string }[] }

/**
 * Creates a draft release holding `items`, titled after the first item's
 * title in each language (the release title is required in every language
 * before publication): created in the default locale, then filled in the
 * others. Returns the release's id, or the server's refusal (empty if it gave none).
 */
export const useNewRelease = () => {
  const { config } = useConfig()
  const api = useApi()
  return async (
    items: Ref[],
    language: string,
  ): Promise<{ error: string } | { id: number | string }> => {
    const [first] = items
    const titleField =
      config.collections.find((collection) => collection.slug === first.collection)?.admin
        ?.useAsTitle ?? 'id'
    const { body: doc } = await api<Record<string, unknown>>(
      `/${first.collection}/${first.id}?locale=all&draft=true&depth=0`,
    )
    const title = doc[titleField]
    const { localization } = config
    const locales = localization
      ? [
          localization.defaultLocale,
          ...localization.localeCodes.filter((code) => code !== localization.defaultLocale),
        ]
      : [undefined]
    const titleIn = (locale: string | undefined): string | undefined => {
      const text = locale && title && typeof title === 'object' ? title[locale as never] : title
      return typeof text === 'string' && text.trim() ? text : undefined
    }
    const fallback =
      locales.map(titleIn).find(Boolean) ?? `${first.collection} #${String(first.id)}`
    const headers = { 'accept-language': language }
    const query = (locale: string | undefined) => `?draft=true${locale ? `&locale=${locale}` : ''}`
    const [main, ...others] = locales
    const created = await api<Created>(`/${RELEASES_SLUG}${query(main)}`, {
      body: JSON.stringify({
        items: items.map(({ collection, id }) => ({ relationTo: collection, value: id })),
        title: titleIn(main) ?? fallback,
      }),
      headers,
      method: 'POST',
    })
    if (!created.ok || !created.body.doc) return { error: created.body.errors?.[0]?.message ?? '' }
    const { id } = created.body.doc
    for (const locale of others) {
      const filled = await api<Created>(`/${RELEASES_SLUG}/${id}${query(locale)}`, {
        body: JSON.stringify({ title: titleIn(locale) ?? fallback }),
        headers,
        method: 'PATCH',
      })
      if (!filled.ok) return { error: filled.body.errors?.[0]?.message ?? '' }
    }
    return { id }
  }
}
