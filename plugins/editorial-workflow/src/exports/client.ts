'use client'
/** The admin components, for Payload's import map: `@jusur/editorial-workflow/client#Name`. */
export { BulkTransitions } from '../components/BulkTransitions'
export { EmbargoCell } from '../components/EmbargoCell'
export { PublishedByWorkflow } from '../components/PublishedByWorkflow'
export { ReleaseItemCountCell } from '../components/ReleaseItems'
export { StatePillCell, WorkflowStatus } from '../components/StatePill'
export { WorkflowPanel } from '../components/WorkflowPanel'
export { WorkflowQueue } from '../components/WorkflowQueue'
