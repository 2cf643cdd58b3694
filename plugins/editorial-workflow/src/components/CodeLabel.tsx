import type {
  CollectionSlug,
  DefaultServerCellComponentProps,
  Payload,
  ServerFieldBase,
  StaticLabel,
} from 'payload'

import { FieldLabel } from '@payloadcms/ui'
import React from 'react'

import { collectionLabel, inLanguage, languageList, languageName, stateLabel } from '../label'
import { REFUSED_WHEN_DUE } from '../notifications'
import { transitionLabel } from '../service'
import { translate } from '../translations'
import type { Label, ResolvedOptions } from '../types'

/**
 * What a stored code names: a collection (its slug), a workflow state or
 * transition (its name), a content language (its code, or a list of codes),
 * or a text kept in every language (`{ ar, en }`).
 */
export type CodeKind = 'collection' | 'locale' | 'perLanguage' | 'state' | 'transition'

type I18nClient = DefaultServerCellComponentProps['i18n']

/** What the config gives the components (`serverProps`): the kind of code, and the options for states and transitions. */
export type CodeLabelProps = { kind: CodeKind; options?: ResolvedOptions }

/** The text of `value` in the admin's language, `row` being the rest of its document (a transition's collection and state). */
const codeText = (
  { kind, options }: CodeLabelProps,
  value: unknown,
  row: Record<string, unknown>,
  { i18n, payload }: { i18n: I18nClient; payload: Payload },
): string => {
  if (value === null || value === undefined || value === '') return ''
  switch (kind) {
    case 'collection': {
      const collection = payload.collections[String(value) as CollectionSlug]?.config
      // Payload types a server cell's i18n as the client's, whose `t` knows fewer keys.
      const labelArgs = { i18n, t: i18n.t } as Parameters<typeof collectionLabel>[0]
      return collection ? collectionLabel(labelArgs, collection) : String(value)
    }
    case 'locale':
      return Array.isArray(value)
        ? languageList({ i18n }, value.map(String))
        : languageName(String(value), i18n.language)
    case 'perLanguage':
      return typeof value === 'object' ? inLanguage({ i18n }, value as Label) : String(value)
    case 'state':
      return options ? stateLabel({ i18n }, options, String(value)) : String(value)
    case 'transition':
      if (value === REFUSED_WHEN_DUE) return translate(i18n, 'inbox:refusedWhenDue')
      return options
        ? transitionLabel(
            { i18n },
            options,
            String(row.collection),
            String(value),
            String(row.from),
          )
        : String(value)
  }
}

/**
 * The list cell of a stored code (a collection's slug, a state's or a
 * transition's name, a language code) or of a text kept per language: its
 * name in the admin's language, as the plugin's panels name it.
 */
export const CodeLabelCell = ({
  cellData,
  i18n,
  payload,
  rowData,
  ...shown
}: CodeLabelProps & DefaultServerCellComponentProps) => (
  <span data-code-label={shown.kind}>
    {codeText(shown, cellData, rowData ?? {}, { i18n, payload })}
  </span>
)

/**
 * The same in the edit view, for a field nobody edits (the history, the
 * inbox and the feed of public changes are written by the plugin alone):
 * its label and its text, read-only, in place of the stored code.
 */
export const CodeLabelField = ({
  clientField,
  data,
  i18n,
  path,
  payload,
  value,
  ...shown
}: CodeLabelProps & ServerFieldBase & { path?: string }) => {
  const { label, name } = clientField as { label?: StaticLabel; name: string }
  const fieldPath = path ?? name
  return (
    <div className="field-type text read-only" data-code-label={shown.kind}>
      <FieldLabel label={label} path={fieldPath} />
      <div className="text__wrap">
        <input
          disabled
          id={`field-${fieldPath.replace(/\./g, '__')}`}
          readOnly
          type="text"
          value={codeText(shown, value, data ?? {}, { i18n, payload })}
        />
      </div>
    </div>
  )
}

/** A field's version comparison that shows nothing: for the workflow's bookkeeping, which the admin does not show either. */
export const NoDiff = () => null
