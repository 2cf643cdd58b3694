'use client'
/** The admin components, for Payload's import map: `@jusur/editorial-workflow/client#Name`. */
/** How the admin writes dates: the reader's choice (the app provides it) and the hook reading it. */
export { AdminDatesProvider, useAdminDates } from '../components/AdminDates'
export { BulkTransitions } from '../components/BulkTransitions'
export { EmbargoCell } from '../components/EmbargoCell'
export { NotificationBell } from '../components/NotificationBell'
export { PublishedByWorkflow } from '../components/PublishedByWorkflow'
export { ReleaseItemCountCell } from '../components/ReleaseItems'
export { StatePillCell, WorkflowStatus } from '../components/StatePill'
export { WorkflowPanel } from '../components/WorkflowPanel'
export { WorkflowQueue } from '../components/WorkflowQueue'
