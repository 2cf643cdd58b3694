'use client'

import { getTranslation } from '@payloadcms/translations'
import {
  Button,
  useConfig,
  useForm,
  useFormFields,
  useLocale,
  useTranslation,
} from '@payloadcms/ui'
import { useEffect, useMemo, useState } from 'react'

import { lexicalToPlainText } from '../../lib/plain-text'

type Suggestion = {
  collection: string
  id: number | string
  matches: { text: string }[]
  title: string
}

type Labels = Record<'add' | 'empty' | 'error' | 'heading' | 'hint' | 'linked' | 'looking', string>

const LABELS: Record<'ar' | 'en', Labels> = {
  ar: {
    add: 'إضافة',
    empty: 'لم يُعثر في النص على أشخاص أو جهات أو دول معروفة بعد.',
    error: 'تعذّر جلب الاقتراحات.',
    heading: 'المذكور في النص',
    hint: 'أضف أيًّا منها إلى روابط المقال بنقرة واحدة.',
    linked: 'مرتبط',
    looking: 'جارٍ البحث في النص…',
  },
  en: {
    add: 'Add',
    empty: 'No known people, organizations or countries in the text yet.',
    error: 'Could not fetch suggestions.',
    heading: 'Mentioned in the text',
    hint: 'Add each to the article’s links with one click.',
    linked: 'Linked',
    looking: 'Reading the text…',
  },
}

/** How long the editor pauses typing before the text is read. */
const DEBOUNCE_MS = 700

const idsOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value : []).map((item) =>
    String(item && typeof item === 'object' && 'id' in item ? item.id : item),
  )

/**
 * The sidebar panel of the article edit view: the documents of the link
 * targets (`collections`, given by ../plugin.ts: people, organizations,
 * countries, events, delegations and agreements) that the body mentions (asked
 * of POST /api/link-suggestions as the editor writes or pastes), grouped under
 * their collection's name, each added with one click to the article's
 * relationship field named after its collection, or shown as linked.
 */
export const LinkSuggestions = ({ collections }: { collections: string[] }) => {
  const { i18n } = useTranslation()
  const labels = LABELS[i18n.language === 'en' ? 'en' : 'ar']
  const { config, getEntityConfig } = useConfig()
  const locale = useLocale()
  const { setModified } = useForm()
  const body = useFormFields(([fields]) => fields.body?.value)
  const linked = useFormFields(([fields]) =>
    Object.fromEntries(collections.map((name) => [name, fields[name]?.value])),
  )
  const dispatch = useFormFields(([, dispatchFields]) => dispatchFields)
  const text = useMemo(() => lexicalToPlainText(body), [body])
  const [state, setState] = useState<{
    error?: boolean
    loading?: boolean
    suggestions: Suggestion[]
  }>({ suggestions: [] })
  const contentLocale = locale?.code === 'en' ? 'en' : 'ar'

  useEffect(() => {
    if (!text.trim()) {
      setState({ suggestions: [] })
      return
    }
    const controller = new AbortController()
    setState((previous) => ({ ...previous, loading: true }))
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`${config.serverURL}${config.routes.api}/link-suggestions`, {
          body: JSON.stringify({ locale: contentLocale, text }),
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          method: 'POST',
          signal: controller.signal,
        })
        if (!response.ok) throw new Error(String(response.status))
        const { suggestions } = (await response.json()) as { suggestions: Suggestion[] }
        setState({ suggestions })
      } catch {
        if (!controller.signal.aborted) setState({ error: true, suggestions: [] })
      }
    }, DEBOUNCE_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [config.routes.api, config.serverURL, contentLocale, text])

  const add = (suggestion: Suggestion) => {
    const field = suggestion.collection
    const current = Array.isArray(linked[field]) ? (linked[field] as unknown[]) : []
    dispatch({ path: field, type: 'UPDATE', value: [...current, suggestion.id] })
    setModified(true)
  }

  const groups = collections
    .map((collection) => ({
      collection,
      items: state.suggestions.filter((s) => s.collection === collection),
      label: getTranslation(
        getEntityConfig({ collectionSlug: collection })?.labels?.plural ?? collection,
        i18n,
      ),
    }))
    .filter((group) => group.items.length > 0)

  return (
    <div className="link-suggestions field-type" data-testid="link-suggestions">
      <p className="field-label link-suggestions__heading">{labels.heading}</p>
      <p className="link-suggestions__hint">{labels.hint}</p>
      {state.loading && <p className="link-suggestions__status">{labels.looking}</p>}
      {state.error && <p className="link-suggestions__status">{labels.error}</p>}
      {!state.loading && !state.error && groups.length === 0 && (
        <p className="link-suggestions__status">{labels.empty}</p>
      )}
      {groups.map(({ collection, items, label }) => (
        <section className="link-suggestions__group" key={collection}>
          <p className="link-suggestions__group-label">{label}</p>
          <ul className="link-suggestions__list">
            {items.map((suggestion) => {
              const isLinked = idsOf(linked[collection]).includes(String(suggestion.id))
              return (
                <li
                  className="link-suggestions__item"
                  data-suggestion={`${collection}:${suggestion.id}`}
                  key={suggestion.id}
                >
                  <span
                    className="link-suggestions__title"
                    dir="auto"
                    title={suggestion.matches.map((m) => m.text).join(' · ')}
                  >
                    {suggestion.title}
                  </span>
                  {isLinked ? (
                    <span className="link-suggestions__linked" data-linked="true">
                      ✓ {labels.linked}
                    </span>
                  ) : (
                    <Button
                      buttonStyle="pill"
                      margin={false}
                      onClick={() => add(suggestion)}
                      size="small"
                    >
                      {labels.add}
                    </Button>
                  )}
                </li>
              )
            })}
          </ul>
        </section>
      ))}
    </div>
  )
}
