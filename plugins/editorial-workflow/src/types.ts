import type { CollectionConfig, CollectionSlug, PayloadRequest } from 'payload'

/**
 * The plugin knows collections by name only: the app's generated types narrow
 * Payload's `CollectionSlug` to its own, which a separate package cannot see.
 */
export const asSlug = (slug: string): CollectionSlug => slug as CollectionSlug

/** The collection of releases, when the app enables them (here so that the admin components can name it). */
export const RELEASES_SLUG = 'releases'

/** A text in each admin language, e.g. `{ ar: 'مسودة', en: 'Draft' }`. */
export type Label = Record<string, string>

/**
 * What taking a transition does besides moving the state. `publish` and
 * `unpublish` change what the public sees (Payload's `_status`); the others
 * only touch the working draft.
 */
export type TransitionEffect =
  | 'approve'
  | 'confirm_translation'
  | 'none'
  | 'publish'
  | 'retract'
  | 'schedule'
  | 'set_source_locale'
  | 'submit'
  | 'unpublish'
  | 'unschedule'
  | 'waive_translation'

export type TransitionDefinition = {
  /**
   * With a `publish` effect: taking it also approves the latest version, so
   * that no earlier approval is needed (a one-step review).
   */
  approves?: boolean
  /** The collections whose documents may take it; omitted: every workflow collection. */
  collections?: string[]
  /**
   * Asked before it is taken in the admin, per language: what it does to
   * readers (publishing, withdrawing). Omitted: taken at once, unless it needs input.
   */
  confirmation?: Label
  /** What happens besides the state change. */
  effect?: TransitionEffect
  /** States it can be taken from; `'*'` means any state (actions that keep the state). */
  from: '*' | string[]
  /** Nobody who changed the content since the last publication, nor the submitter, may take it. */
  fourEyes?: boolean
  label: Label
  name: string
  /** Publishing needs every locale complete or waived. */
  requiresParity?: boolean
  /** The transition needs a comment, which the history keeps (a reason to send back or withdraw). */
  requiresComment?: boolean
  /** The transition needs a notice for readers in every locale (a retraction's). */
  requiresNotice?: boolean
  /** The transition needs a locale (per-locale actions such as waivers). */
  requiresLocale?: boolean
  requiresPublishAt?: boolean
  /** Roles that may take it. Empty: only the system (a scheduled publish firing). */
  roles: string[]
  /** The state it leads to; omitted: the state does not change. */
  to?: string
}

export type EditorialWorkflowOptions = {
  /** Collections (with drafts enabled) that go through the workflow. */
  collections: string[]
  disabled?: boolean
  /** The state a new document (or a duplicate) starts in. Default `draft`. */
  initialState?: string
  notifications?: {
    /** Base URL of the admin, for links in e-mails. Default: the config's serverURL. */
    adminURL?: string
    /** Send e-mails through Payload's email adapter. Default true. */
    enabled?: boolean
    /** Roles that receive "submitted for review" when nobody is assigned. Default `['reviewer']`. */
    reviewerRoles?: string[]
  }
  parity?: {
    /**
     * Localized fields that must be filled in every locale before publishing,
     * per collection. Default: the collection's required localized fields.
     */
    fields?: Record<string, string[]>
  }
  /** The roles of a user. Default: the user's `roles` array. */
  rolesOf?: (user: PayloadRequest['user']) => string[]
  scheduling?: {
    /** Run the scheduler inside the app process (Payload's jobs autoRun). Default true. */
    autoRun?: boolean
    /** How often the app looks for due publications (cron with seconds). Default every 10 s. */
    cron?: string
  }
  /**
   * Adds the `releases` collection: several documents of the workflow
   * collections reviewed and published as one, in one transaction (the
   * database adapter must support transactions). `{ access }` sets who may
   * read, create, update and delete releases (default: staff). Default false.
   */
  releases?: boolean | { access?: CollectionConfig['access'] }
  /**
   * The public record, as newsrooms keep it, for these collections (each one
   * of `collections`): correction notes published with a change and never
   * removed, retraction (a visible notice in place of the content, 410 over
   * REST) and embargoes no publishing path breaks. See the README's "The public
   * record"; the feed of public changes covers every workflow collection.
   */
  record?: {
    collections: string[]
    /** Roles that may set or lift an embargo. Default: editor, admin. */
    embargoRoles?: string[]
    /** Fields a retracted document still shows readers besides its retraction (its slug, say). Default none. */
    keepWhenRetracted?: string[]
    /**
     * A date field (`publishedAt`, say) that the first publication fills in with its time when it is
     * empty, in those of the collections that have it; a date an editor set is kept. Default none.
     */
    firstPublishedField?: string
  }
  /** Where a content change leads from each state. Default: approved and scheduled → in_review, published → draft. */
  stateAfterEdit?: Record<string, string>
  states?: Record<string, Label>
  transitions?: TransitionDefinition[]
}

/** The options with every default filled in, as the plugin's parts use them. */
export type ResolvedOptions = {
  collections: string[]
  /** The locale writes use when the request names none (a job's request, say). */
  defaultLocale?: string
  eventsSlug: string
  initialState: string
  locales: string[]
  notifications: { adminURL: string; enabled: boolean; reviewerRoles: string[] }
  parityFields: Record<string, string[]>
  /** The public record's collections and settings (see `EditorialWorkflowOptions.record`). */
  record: {
    collections: string[]
    embargoRoles: string[]
    firstPublishedField: null | string
    keepWhenRetracted: string[]
  }
  /** Whether the `releases` collection exists (it is then one of `collections`). */
  releases: boolean
  /** Who may read, create, update and delete releases; staff where it says nothing. */
  releasesAccess: CollectionConfig['access']
  rolesOf: (user: PayloadRequest['user']) => string[]
  scheduling: { autoRun: boolean; cron: string; queue: string; taskSlug: string }
  stateAfterEdit: Record<string, string>
  states: Record<string, Label>
  transitions: TransitionDefinition[]
  usersSlug: string
}

/** Per-locale translation status kept on each document. */
export type TranslationStatus = 'complete' | 'missing' | 'outdated' | 'waived'

export type TranslationState = Record<string, { reason?: string; status: TranslationStatus }>

/** The workflow bookkeeping stored on each document (group field `workflow`). */
export type WorkflowData = {
  approvedBy?: null | number | string
  approvedVersion?: null | string
  assignee?: null | number | string
  /** Everyone who changed the content since the last publication: none of them approves, publishes or schedules it. */
  contributors?: (number | string)[] | null
  lastEditedBy?: null | number | string
  publishAt?: null | string
  sequence?: null | number
  /** The locale the document was written in, whose edits outdate the translations; none: the default locale. */
  sourceLocale?: null | string
  submittedBy?: null | number | string
  translations?: null | TranslationState
}
