import React from 'react'

import { Mark } from './Mark'
import { PRODUCT_NAME } from './mark'

/** The login page's logo: the mark, جسور and Jusur, each name in its own direction. */
export const Logo = () => (
  <div className="jusur-logo">
    <Mark size={56} />
    <span className="jusur-logo__names">
      <span dir="rtl" lang="ar">
        {PRODUCT_NAME.ar}
      </span>
      <span dir="ltr" lang="en">
        {PRODUCT_NAME.en}
      </span>
    </span>
  </div>
)
