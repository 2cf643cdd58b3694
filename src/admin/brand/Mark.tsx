import React from 'react'

import { MARK_PATHS, MARK_VIEWBOX } from './mark'

/** The mark in the theme's text colour, at `size` pixels; decorative (the name beside it speaks). */
export const Mark = ({ size }: { size: number }) => (
  <svg
    aria-hidden="true"
    fill="none"
    height={size}
    stroke="currentColor"
    strokeLinecap="round"
    strokeWidth={2.5}
    viewBox={MARK_VIEWBOX}
    width={size}
  >
    {MARK_PATHS.map((d) => (
      <path d={d} key={d} />
    ))}
  </svg>
)
