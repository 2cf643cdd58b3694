'use client'
import type React from 'react'

/**
 * Stands in for Payload's Publish and Unpublish buttons on workflow
 * collections: publication is a transition, taken from the workflow panel.
 * (The gate refuses the plain buttons' requests anyway; this keeps them from
 * being offered.)
 */
export const PublishedByWorkflow: React.FC = () => null
