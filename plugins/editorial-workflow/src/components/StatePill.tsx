'use client'
import type { DefaultCellComponentProps } from 'payload'

import { useTranslation } from '@payloadcms/ui'
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

/** The list-view cell of `workflowState`: the state as a coloured pill in the admin's language. */
export const StatePillCell: React.FC<DefaultCellComponentProps> = ({ cellData, field }) => {
  const { i18n } = useTranslation()
  if (typeof cellData !== 'string') return null
  const options = ('options' in field ? field.options : []) as Option[]
  const option = options.find(
    (candidate) => typeof candidate === 'object' && candidate.value === cellData,
  )
  const label =
    typeof option?.label === 'object'
      ? (option.label[i18n.language] ?? option.label.ar ?? cellData)
      : (option?.label ?? cellData)
  return <StatePill label={label} state={cellData} />
}
