import React from 'react'

/** The preview pages are their own document: the admin's layout and styles stay out of what readers would see. */
const PreviewLayout = ({ children }: { children: React.ReactNode }) => children

export default PreviewLayout
