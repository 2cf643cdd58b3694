import type React from 'react'

/** A section of the workflow panel, set off from the one above it. */
export const box: React.CSSProperties = {
  borderTop: '1px solid var(--theme-elevation-150)',
  marginTop: '0.75rem',
  paddingTop: '0.75rem',
}

/** A list inside the panel, indented on the reading side (right in Arabic). */
export const list: React.CSSProperties = { margin: '0.25rem 0 0', paddingInlineStart: '1.2rem' }

/** A text box of the panel's dialog, in the admin's font rather than the browser's monospace. */
export const textBox: React.CSSProperties = { font: 'inherit', width: '100%' }

/** Long titles and ids wrap rather than widen the sidebar (no horizontal scrolling on a phone). */
export const wrap: React.CSSProperties = { overflowWrap: 'anywhere' }
