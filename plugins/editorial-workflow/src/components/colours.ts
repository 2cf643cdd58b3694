/** A colour per state, so that a list can be read at a glance. */
export const STATE_COLOURS: Record<string, string> = {
  approved: '#1f7a4d',
  archived: '#6b6b6b',
  changes_requested: '#b54708',
  draft: '#475467',
  in_review: '#1d4ed8',
  published: '#067647',
  retracted: '#b42318',
  scheduled: '#6941c6',
}
