import React from 'react'

import { Mark } from './Mark'
import { PRODUCT_NAME } from './mark'

/** The navigation's icon (the link to the dashboard): the mark, named for screen readers in both languages. */
export const Icon = () => (
  <span className="jusur-icon" role="img" aria-label={`${PRODUCT_NAME.ar} ${PRODUCT_NAME.en}`}>
    <Mark size={28} />
  </span>
)
