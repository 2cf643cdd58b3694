import type { CollectionSlug } from 'payload'

import config from '@payload-config'
import { LinkJSXConverter, RichText } from '@payloadcms/richtext-lexical/react'
import { headers as requestHeaders } from 'next/headers'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'
import React from 'react'

import { isStaff } from '../../../../../access'
import { REPORT_COLLECTIONS } from '../../../../../editorial/workflow'
import { linkedEntities } from '../../../../../preview/linked-entities'
import { Corrections, recordTexts, RetractionNotice } from '../../../../../preview/public-record'
import { RefreshOnSave } from './RefreshOnSave'

type Props = {
  params: Promise<{ collection: string; id: string }>
  searchParams: Promise<{ locale?: string }>
}

/**
 * The latest draft as readers will see it, in Arabic (right to left) or
 * English, with its corrections and the entities it links to; a retracted
 * document, as the notice readers meet instead. Staff only: anyone else gets
 * the same 404 as for a document that does not exist.
 */
const PreviewPage = async ({ params, searchParams }: Props) => {
  const { collection, id } = await params
  const payload = await getPayload({ config })
  const locales = payload.config.localization ? payload.config.localization.localeCodes : ['ar']
  const requested = (await searchParams).locale
  const locale = requested && locales.includes(requested) ? requested : locales[0]
  const { user } = await payload.auth({ headers: await requestHeaders() })
  if (!isStaff(user) || !(REPORT_COLLECTIONS as readonly string[]).includes(collection)) notFound()

  const doc = (await payload
    .findByID({
      collection: collection as CollectionSlug,
      depth: 1,
      draft: true,
      id,
      locale: locale as 'ar',
      overrideAccess: false,
      user,
    })
    .catch(() => notFound())) as Record<string, any>
  const collectionConfig = payload.collections[collection as CollectionSlug].config
  const direction = locale === 'ar' ? 'rtl' : 'ltr'
  const title = doc[collectionConfig.admin.useAsTitle ?? 'title'] ?? doc.name
  const t = recordTexts(payload.config.i18n.translations, locale)

  return (
    <html dir={direction} lang={locale}>
      <body
        style={{
          fontFamily: 'system-ui, sans-serif',
          lineHeight: 1.7,
          margin: '0 auto',
          maxWidth: '48rem',
          overflowWrap: 'anywhere',
          padding: '1.5rem',
        }}
      >
        <RefreshOnSave />
        <p
          data-preview-banner
          style={{ background: '#fff4d6', borderRadius: '0.4rem', padding: '0.4rem 0.8rem' }}
        >
          {locale === 'ar'
            ? 'معاينة المسودة — لا يراها القراء بعد'
            : 'Draft preview — not yet visible to readers'}
        </p>
        {doc.retracted?.at ? (
          <RetractionNotice doc={doc} locale={locale} t={t} title={title} />
        ) : (
          <>
            <article>
              <h1>{title}</h1>
              {doc.summary && <p style={{ fontSize: '1.15rem' }}>{doc.summary}</p>}
              {doc.body && (
                <RichText
                  converters={({ defaultConverters }) => ({
                    ...defaultConverters,
                    ...LinkJSXConverter({
                      internalDocToHref: ({ linkNode }) =>
                        `#${linkNode.fields.doc?.relationTo ?? ''}`,
                    }),
                  })}
                  data={doc.body}
                />
              )}
              <Corrections doc={doc} locale={locale} t={t} />
            </article>
            {linkedEntities(collectionConfig, doc, locale).map((group) => (
              <section data-linked={group.label} key={group.label}>
                <h2 style={{ fontSize: '1rem' }}>{group.label}</h2>
                <ul>
                  {group.names.map((name) => (
                    <li key={name}>{name}</li>
                  ))}
                </ul>
              </section>
            ))}
          </>
        )}
      </body>
    </html>
  )
}

export default PreviewPage
