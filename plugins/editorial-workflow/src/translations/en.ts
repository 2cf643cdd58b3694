/**
 * The plugin's English texts, merged into the app's `i18n.translations.en`
 * under the `editorial-workflow` namespace (see ./index.ts). Its shape is the
 * one every language follows.
 */
export const en = {
  /** Refusals, by reason code (`WorkflowError`'s `data.reason`). */
  error: {
    bulkEdit:
      'Documents under the editorial workflow are not changed in bulk: save each as a draft, or take a workflow step on many at once (POST /api/{collection}/workflow/bulk).',
    bulkIds: 'Choose at least one document; the most at once is',
    changedSinceApproval:
      'The content changed after it was approved; it must be reviewed again before publication.',
    commentRequired: 'This action needs a comment giving the reason.',
    correctionIncomplete:
      'A correction note needs a kind and a note; a note of the kind “correction” needs the note in every language.',
    correctionUnpublished:
      'Only a document that has been published can carry a correction note; remove the note before its first publication.',
    embargoAfterSchedule:
      'The document is scheduled before this embargo ends; unschedule it first, or choose an earlier time.',
    embargoed: 'The document is under embargo and cannot be made public before ',
    emptyRelease: 'A release needs at least one item.',
    feedCursor:
      'The cursor is not valid: pass the `next` of an earlier answer as it was, or leave it out to start from the beginning.',
    feedLimit: 'The limit must be a whole number from 1 to 500.',
    feedLocale: 'Unknown locale; use one of: ',
    fourEyes:
      'You cannot approve, publish or schedule a document whose content you changed since it was last published, or that you submitted: a colleague must do it.',
    inOtherRelease: 'This document is already in another open release; remove it from there first:',
    inRelease:
      'This document is in an open release and is published with it; remove it from the release first:',
    invalidAssignee: 'The document can be assigned only to a user who may review it.',
    invalidLocale: 'This action needs a valid locale.',
    invalidPublishAt: 'A publication time is required and must be in the future.',
    liveWrite:
      'This document is published: save your changes as a draft; what is public changes only through the workflow.',
    lostRace: 'Another action on this document got there first; reload it and try again.',
    notFromState: 'This action is not possible from the document’s current state.',
    notLoggedIn: 'You must be logged in.',
    noticeRequired: 'A retraction needs a notice to readers in every language.',
    parity: 'Publishing needs every language complete, or a recorded waiver. Incomplete: ',
    publishOutsideWorkflow:
      'Publishing, or changing the editorial state, is possible only through a permitted workflow transition.',
    releaseItemNotReady: 'An item of the release is not ready for this step',
    restoreLive:
      'A previous version can be restored only as a draft, which then goes through review.',
    role: 'Your role does not allow this action.',
    translationIncomplete: 'An incomplete translation cannot be confirmed.',
    unpublishedLinks:
      'This document links to documents readers cannot see yet; publish them first (a release publishes them together), or accept it with a comment: ',
    unknownCollection: 'This collection has no editorial workflow.',
    unknownTransition: 'Unknown action.',
  },
  /** The admin components: the edit view's workflow panel and the dashboard's queue. */
  admin: {
    addToRelease: 'Add them all to a new release',
    inRelease: 'In the release',
    items: 'Items',
    releaseBlocked: 'What blocks publication',
    releaseReady: 'Every item is ready.',
    unpublishedLinks: 'Links readers cannot see yet',
    acceptUnpublishedLinks:
      'Publish anyway: readers will not see these links until they are published',
    diff: 'Changes since approval',
    itemMissing: 'deleted, or not readable by you',
    itemNotReady: 'not approved yet',
    itemTranslations: 'incomplete translation:',
    itemLinks: 'links outside the release that readers cannot see:',
    apply: 'Confirm',
    bulkSelected: 'Workflow for the {{count}} selected:',
    bulkRules:
      'Each document is checked as if it were alone (its state, that nobody approves their own changes, its translations); those refused are listed with the reason, and the others go ahead.',
    bulkOutcome: '{{done}} of {{count}} done',
    bulkDone: 'done',
    assignee: 'Assign to a reviewer (optional)',
    noAssignee: 'Nobody in particular',
    cancel: 'Cancel',
    comment: 'Comment',
    commentRequired: 'Comment (required)',
    compare: 'Compare the draft with the approved version',
    edited: 'Content edited',
    embargoLifted: 'Embargo lifted',
    embargoSet: 'Embargo set',
    history: 'History',
    locale: 'Language',
    noActions: 'No actions available to you now.',
    noHistory: 'Nothing yet.',
    published: 'A published version is live',
    publishAt: 'Publish at',
    queue: 'Awaiting your action',
    queueEmpty: 'Nothing awaits you.',
    translationQueue: 'Translations awaiting you',
    translationQueueEmpty: 'No translation awaits you.',
    submittedBy: 'sent by',
    scheduleRefused: 'Scheduled publication refused; the release is back in review',
    saveFirst: 'Save the draft first to start the workflow.',
    scheduledFor: 'Scheduled for',
    state: 'Editorial state',
    translations: 'Translations',
    notice: 'Notice to readers, in {{language}}',
    retractOrUnpublish: 'Retract or unpublish?',
    retractMeans:
      'readers who follow a link to it see your notice, with its title and date (the link answers 410 Gone); it leaves the lists, and the retraction stays on the public record.',
    unpublishMeans:
      'it is withdrawn quietly, as if it had never been published (the link answers 404 Not Found). Only for content published by mistake, before anyone could read it.',
    retractedOn: 'Retracted on',
    pendingCorrection: 'Correction note published with this draft',
    noNoteInLanguage: 'no note in this language yet',
  },
  /** A language's translation status, in the workflow panel. */
  translationStatus: {
    complete: 'complete',
    missing: 'missing',
    outdated: 'outdated',
    waived: 'waived',
  },
  /** The fields added to each workflow collection. */
  field: {
    workflowState: 'Editorial state',
    workflow: 'Workflow bookkeeping',
    sequence: 'Transitions taken',
    assignee: 'Assigned reviewer',
    submittedBy: 'Submitted by',
    lastEditedBy: 'Last edited by',
    contributors: 'Changed the content since the last publication',
    approvedBy: 'Approved by',
    approvedVersion: 'Approved version',
    publishAt: 'Scheduled for',
    translations: 'Translation status',
    sourceLocale: 'Source language',
    translationStatus: 'Translations',
  },
  /** The public record: corrections, retraction, embargo. */
  record: {
    correction: 'Correction note',
    correctionDescription:
      'For a change to a published document: the note readers will see beside it once this draft is published. Leave empty for a silent fix.',
    kind: 'Kind',
    note: 'Note',
    kind_correction: 'Correction',
    kind_clarification: 'Clarification',
    kind_update: 'Update',
    kind_editors_note: 'Editor’s note',
    corrections: 'Corrections',
    /** One row of the corrections in the edit view, numbered after it: “Correction 01”. */
    correctionEntry: 'Correction',
    at: 'Date',
    version: 'Version',
    retracted: 'Retraction',
    notice: 'Notice to readers',
    title: 'Title',
    embargoUntil: 'Embargoed until',
    embargoDescription:
      'Nothing makes this document public before this time, whoever asks. Only the editor-in-chief sets or lifts it.',
    lastPublishedAt: 'Last published',
    withdrawnTitle: 'This report has been withdrawn',
    withdrawnOn: 'Withdrawn on',
    onPublication: 'on publication',
  },
  /** The releases collection: several documents reviewed and published as one. */
  release: {
    plural: 'Releases',
    singular: 'Release',
    title: 'Title',
    note: 'Note',
    items: 'Items',
  },
  /** The feed of public changes, `public-changes`: its names and fields, and each kind of change. */
  changes: {
    plural: 'Public changes',
    singular: 'Public change',
    kind: 'Change',
    collection: 'Collection',
    document: 'Document',
    slugs: 'Slugs',
    locales: 'Languages',
    at: 'Time',
    version: 'Version',
    kind_published: 'Published',
    kind_updated: 'Updated',
    kind_corrected: 'Corrected',
    kind_retracted: 'Retracted',
    kind_unpublished: 'Unpublished',
    kind_deleted: 'Deleted',
  },
  /** The in-admin notifications, `workflow-notifications`, and the bell that shows them. */
  inbox: {
    plural: 'Notifications',
    singular: 'Notification',
    recipient: 'For',
    action: 'What happened',
    title: 'Document',
    transition: 'Action',
    collection: 'Collection',
    document: 'Document id',
    actor: 'By',
    comment: 'Comment',
    readAt: 'Read at',
    bell: 'Notifications',
    unread: '{{count}} unread',
    markAllRead: 'Mark all as read',
    seeAll: 'All notifications',
    empty: 'No notifications.',
    refusedWhenDue: 'Scheduled publication refused',
    system: 'the system',
  },
  /** The versions view of a workflow document: who saved each version, taking which step, in which state. */
  versions: {
    savedAt: 'Saved on',
    by: 'By',
    action: 'Action',
    publication: 'Publication',
    saved: 'Saved',
    autosaved: 'Autosaved',
    published: 'Published version',
    currentDraft: 'Current draft',
    unknownUser: 'unknown',
    empty: 'No versions yet.',
    newer: 'Newer versions',
    older: 'Older versions',
    pageOf: 'Page {{page}} of {{pages}}',
  },
  /** The history collection, `workflow-events`: its names, admin group and fields. */
  history: {
    plural: 'Workflow history',
    singular: 'Workflow event',
    group: 'Workflow',
    collection: 'Collection',
    document: 'Document',
    transition: 'Transition',
    from: 'From',
    to: 'To',
    user: 'By',
    comment: 'Comment',
    details: 'Details',
    assignee: 'Assigned to',
    publishAt: 'Publish at',
    version: 'Version',
    locale: 'Locale',
    sequence: 'Sequence',
    sequenceKey: 'Sequence key',
  },
}

/** The shape of the plugin's texts in any language: every key of `en`, each a string. */
export type WorkflowTexts = {
  [Group in keyof typeof en]: { [Key in keyof (typeof en)[Group]]: string }
}
