'use client'

import { useForm, useFormProcessing, useFormSubmitted } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

/**
 * After a draft save the server refused, shows each refusal on its field.
 * Payload marks the fields invalid but then sets the form back to
 * "unsubmitted" for drafts, and its next form state, built without validation,
 * marks every field valid again: the editor saw a toast naming a field and
 * nothing on the field. This marks the form submitted again when a save has
 * just ended with field errors, so the server validates the form state from
 * then on; rules spanning fields are field validations too
 * (src/validation/cross-field.ts), so the refusal stays on its field until
 * the editor mends it. The next successful save unmarks it, as Payload does.
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
