'use client'

import { useForm, useFormProcessing, useFormSubmitted } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

/**
 * After a draft save the server refused, shows each refusal on its field.
 * Payload marks the fields invalid but then sets the form back to
 * "unsubmitted" for drafts, and a field shows its error only in a submitted
 * form: the editor saw a toast naming a field and nothing on the field. This
 * marks the form submitted again when a save has just ended with field errors;
 * the next successful save unmarks it, as Payload does.
 */
export const DraftSaveErrors = () => {
  const { getFields, setSubmitted } = useForm()
  const processing = useFormProcessing()
  const submitted = useFormSubmitted()
  const saving = useRef(false)

  useEffect(() => {
    if (processing) {
      saving.current = true
      return
    }
    if (!saving.current) return
    saving.current = false
    const refused = Object.values(getFields()).some(
      (field) => field.valid === false && Boolean(field.errorMessage),
    )
    if (refused && !submitted) setSubmitted(true)
  }, [getFields, processing, setSubmitted, submitted])

  return null
}
