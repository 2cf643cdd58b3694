'use client'
import { Button, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { translate } from '../translations'
import { textBox } from './styles'

/** A transition's comment: required for some (a reason to send back or withdraw), kept in the history. */
export const CommentField: React.FC<{
  onChange: (comment: string) => void
  required: boolean
  value: string
}> = ({ onChange, required, value }) => {
  const { i18n } = useTranslation()
  return (
    <label style={{ display: 'grid', gap: '0.25rem' }}>
      {translate(i18n, required ? 'admin:commentRequired' : 'admin:comment')}
      <textarea
        name="comment"
        onChange={(event) => onChange(event.target.value)}
        required={required}
        rows={3}
        style={textBox}
        value={value}
      />
    </label>
  )
}

/** When a scheduled publication goes out, in the browser's time zone. */
export const PublishAtField: React.FC<{ onChange: (publishAt: string) => void; value: string }> = ({
  onChange,
  value,
}) => {
  const { i18n } = useTranslation()
  return (
    <label style={{ display: 'grid', gap: '0.25rem' }}>
      {translate(i18n, 'admin:publishAt')}
      <input
        name="publishAt"
        onChange={(event) => onChange(event.target.value)}
        required
        type="datetime-local"
        value={value}
      />
    </label>
  )
}

/** A transition dialog's confirm and cancel buttons. */
export const DialogButtons: React.FC<{
  canConfirm: boolean
  onCancel: () => void
  onConfirm: () => void
}> = ({ canConfirm, onCancel, onConfirm }) => {
  const { i18n } = useTranslation()
  return (
    <div style={{ display: 'flex', gap: '0.4rem' }}>
      <Button
        buttonStyle="primary"
        disabled={!canConfirm}
        margin={false}
        onClick={onConfirm}
        size="small"
      >
        <span data-confirm-transition>{translate(i18n, 'admin:apply')}</span>
      </Button>
      <Button buttonStyle="secondary" margin={false} onClick={onCancel} size="small">
        {translate(i18n, 'admin:cancel')}
      </Button>
    </div>
  )
}
