'use client'
import type { DefaultCellComponentProps } from 'payload'

import { useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { STATE_COLOURS } from './colours'

type Option = { label: Record<string, string> | string; value: string }

export const StatePill: React.FC<{ label: string; state: string }> = ({ label, state }) => (
  <span
    data-workflow-state={state}
    style={{
      background: STATE_COLOURS[state] ?? '#475467',
      borderRadius: '999px',
      color: '#fff',
      display: 'inline-block',
      fontSize: '0.8rem',
      lineHeight: 1.6,
      paddingInline: '0.6rem',
      whiteSpace: 'nowrap',
    }}
  >
    {label}
  </span>
)

/** The label of `value` among a select field's options, in the admin's `language`. */
const optionLabel = (options: Option[], value: string, language: string): string => {
  const option = options.find(
    (candidate) => typeof candidate === 'object' && candidate.value === value,
  )
  return typeof option?.label === 'object'
    ? (option.label[language] ?? option.label.ar ?? value)
    : (option?.label ?? value)
}

/** The list-view cell of `workflowState`: the state as a coloured pill in the admin's language. */
export const StatePillCell: React.FC<DefaultCellComponentProps> = ({ cellData, field }) => {
  const { i18n } = useTranslation()
  if (typeof cellData !== 'string') return null
  const options = ('options' in field ? field.options : []) as Option[]
  return <StatePill label={optionLabel(options, cellData, i18n.language)} state={cellData} />
}

/**
 * Stands in for Payload's "Status: draft / published / changed" in the edit
 * view's header: the one state editors go by is the workflow's, as the
 * document's form holds it.
 */
export const WorkflowStatus: React.FC = () => {
  const { i18n, t } = useTranslation()
  const { collectionSlug } = useDocumentInfo()
  const { getEntityConfig } = useConfig()
  const state = useFormFields(([fields]) => fields.workflowState?.value)
  if (typeof state !== 'string' || !collectionSlug) return null
  const field = getEntityConfig({ collectionSlug })?.fields.find(
    (candidate) => 'name' in candidate && candidate.name === 'workflowState',
  )
  const options = (field && 'options' in field ? field.options : []) as Option[]
  return (
    <div className="status" data-workflow-status={state}>
      <div className="status__value-wrap">
        <span className="status__label">{t('version:status')}: </span>
        <StatePill label={optionLabel(options, state, i18n.language)} state={state} />
      </div>
    </div>
  )
}
