'use client'

import type { FormState } from 'payload'

import {
  useAllFormFields,
  useDocumentInfo,
  useForm,
  useFormModified,
  useFormProcessing,
  useServerFunctions,
} from '@payloadcms/ui'
import { useCallback, useEffect, useRef } from 'react'

type FieldError = { message: string; path: string }

/** A save the server refused: its errors by field, and the form's data as it was refused. */
type Refusal = { data: string; errors: FieldError[] }

const fieldErrors = (fields: FormState): FieldError[] =>
  Object.entries(fields).flatMap(([path, field]): FieldError[] =>
    field.valid === false && field.errorMessage ? [{ message: field.errorMessage, path }] : [],
  )

/** Asks the server to validate the form as it is now, as Payload's own form state does once submitted. */
const useValidatedFields = (): ((formState: FormState) => Promise<FormState | undefined>) => {
  const { getFormState } = useServerFunctions()
  const { collectionSlug, docPermissions, getDocPreferences, globalSlug, id } = useDocumentInfo()
  return useCallback(
    async (formState) => {
      const result = await getFormState({
        id,
        collectionSlug,
        docPermissions,
        docPreferences: await getDocPreferences(),
        formState,
        globalSlug,
        operation: collectionSlug && !id ? 'create' : 'update',
        renderAllFields: false,
        schemaPath: collectionSlug ?? globalSlug ?? '',
        skipValidation: false,
      })
      return result?.state
    },
    [collectionSlug, docPermissions, getDocPreferences, getFormState, globalSlug, id],
  )
}

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
 *
 * A form state asked for before the refusal (without validation) can land
 * after it, on a busy machine, and mark the fields valid again; Payload then
 * sees nothing changed since it asked, and does not ask again. So until the
 * editor changes the refused data, the refusal's errors are put back. When it
 * lands so close to the refusal that React renders both at once, the errors
 * are gone before they could be read: a save that leaves the form modified
 * (Payload keeps a refused draft modified, and clears a saved one) without an
 * error in sight asks the server to validate the form instead.
 */
export const DraftSaveErrors = () => {
  const { getData, getFields, setSubmitted } = useForm()
  const [fields, dispatchFields] = useAllFormFields()
  const processing = useFormProcessing()
  const modified = useFormModified()
  const validatedFields = useValidatedFields()
  const saving = useRef(false)
  const refusal = useRef<null | Refusal>(null)

  const remember = useCallback(
    (errors: FieldError[]) => {
      refusal.current = errors.length > 0 ? { data: JSON.stringify(getData()), errors } : null
      if (errors.length > 0) setSubmitted(true)
    },
    [getData, setSubmitted],
  )

  useEffect(() => {
    if (processing) {
      saving.current = true
      return
    }
    if (!saving.current) return
    saving.current = false
    const shown = fieldErrors(getFields())
    remember(shown)
    if (shown.length > 0 || !modified) return
    void validatedFields(getFields()).then((state) => {
      const errors = fieldErrors(state ?? {})
      if (errors.length === 0) return
      remember(errors)
      dispatchFields({ type: 'ADD_SERVER_ERRORS', errors })
    })
  }, [dispatchFields, getFields, modified, processing, remember, validatedFields])

  useEffect(() => {
    const refused = refusal.current
    if (!refused || processing) return
    if (JSON.stringify(getData()) !== refused.data) {
      refusal.current = null
      return
    }
    const lost = refused.errors.filter(({ path }) => fields[path]?.valid !== false)
    if (lost.length > 0) dispatchFields({ type: 'ADD_SERVER_ERRORS', errors: lost })
  }, [dispatchFields, fields, getData, processing])

  return null
}
