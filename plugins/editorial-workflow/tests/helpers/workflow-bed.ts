import type { Config } from 'payload'

import type { EditorialWorkflowOptions } from '@jusur/editorial-workflow'

import { apiClient, type ApiClient, createUsers, type Member, type StaffMap } from './api'
import { DEFAULT_OPTIONS } from './options'
import { type PluginPayload, startPluginPayload } from './test-payload'

/** The test bed of one suite, with a client of its API and its users, logged in. */
export type WorkflowBed<Name extends string> = {
  api: ApiClient
  bed: PluginPayload
  staff: Record<Name, Member>
  /** Stops Payload and drops its database. */
  stop: () => Promise<void>
}

/**
 * What every integration suite of the plugin starts with, in its beforeAll:
 * the test bed on a fresh database (`options` and `extra` as for
 * startPluginPayload; by default the plugin on `posts`, its jobs run by the
 * tests), a client of its REST and GraphQL API, and `staff` created and
 * logged in. The suite calls `stop` in its afterAll. If the users cannot be
 * created, the bed is stopped here, before the error is thrown.
 */
export const startWorkflowBed = async <Name extends string>(
  staff: StaffMap<Name>,
  options: EditorialWorkflowOptions = DEFAULT_OPTIONS,
  extra: Partial<Config> = {},
): Promise<WorkflowBed<Name>> => {
  const bed = await startPluginPayload(options, extra)
  try {
    const api = apiClient(bed.config)
    return { api, bed, staff: await createUsers(bed.payload, api, staff), stop: bed.stop }
  } catch (error) {
    await bed.stop()
    throw error
  }
}
