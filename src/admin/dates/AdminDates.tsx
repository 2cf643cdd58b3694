'use client'

import { AdminDatesProvider } from '@jusur/editorial-workflow/client'
import { useAuth } from '@payloadcms/ui'
import React from 'react'

import type { User } from '../../payload-types'
import { dateChoiceOf } from './date-choice'

/**
 * Every date the admin shows follows the logged-in user's choice of digits
 * and Hijri date. Saving one's own account refreshes Payload's user (its edit
 * view does), so the new choice applies at once.
 */
export const AdminDates = ({ children }: { children?: React.ReactNode }) => {
  const { user } = useAuth<User>()
  return <AdminDatesProvider {...dateChoiceOf(user)}>{children}</AdminDatesProvider>
}
