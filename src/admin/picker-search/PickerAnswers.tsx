'use client'

import React, { useEffect } from 'react'

import { recordingPickerAnswers } from './picker-requests'
import { pickerAnswers } from './server-answers'

/**
 * Lets the relationship pickers show every document the server found for the
 * text typed, those found by an alias their title lacks included (word-match.ts):
 * while the admin is open, `fetch` records the titles each picker search
 * returns (picker-requests.ts). Payload offers no hook on the picker's request
 * or its filter, so the record is kept beside them. An admin provider, mounted
 * once around every page and drawer.
 */
export const PickerAnswers = ({ children }: { children?: React.ReactNode }) => {
  useEffect(() => {
    const original = window.fetch
    window.fetch = recordingPickerAnswers(original, pickerAnswers)
    return () => {
      window.fetch = original
    }
  }, [])
  return <>{children}</>
}
