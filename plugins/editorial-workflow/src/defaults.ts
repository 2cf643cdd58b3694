import type { Label, TransitionDefinition } from './types'

/** The states of the default graph, in the order an article moves through them. */
export const DEFAULT_STATES: Record<string, Label> = {
  draft: { ar: 'مسودة', en: 'Draft' },
  in_review: { ar: 'قيد المراجعة', en: 'In review' },
  changes_requested: { ar: 'طُلبت تعديلات', en: 'Changes requested' },
  approved: { ar: 'معتمد', en: 'Approved' },
  scheduled: { ar: 'مجدول للنشر', en: 'Scheduled' },
  published: { ar: 'منشور', en: 'Published' },
  archived: { ar: 'مؤرشف', en: 'Archived' },
  retracted: { ar: 'مسحوب من السجل', en: 'Retracted' },
}

const WRITERS = ['author', 'translator', 'editor', 'admin']
const REVIEWERS = ['reviewer', 'editor', 'admin']
const PUBLISHERS = ['editor', 'admin']

/** What the admin asks before a transition that changes what readers see. */
const CONFIRMATIONS: Record<'publish' | 'retract' | 'schedule' | 'unpublish', Label> = {
  publish: {
    ar: 'ستظهر هذه النسخة للقراء فور نشرها، على الموقع وعبر واجهات البرمجة.',
    en: 'Readers will see this version as soon as it is published, on the website and through the API.',
  },
  retract: {
    ar: 'سيُسحب من السجل العام، ومن يتبع روابطه من القراء يجد إشعار السحب مكانه.',
    en: 'It leaves the public record; readers who follow its links find the retraction notice instead.',
  },
  schedule: {
    ar: 'ستُنشر هذه النسخة تلقائيًا في الموعد المحدد، ما لم تُلغَ الجدولة قبله.',
    en: 'This version will be published automatically at the time set, unless the schedule is cancelled first.',
  },
  unpublish: {
    ar: 'لن يرى القراء هذا المحتوى بعد الآن، وسيبقى في الأرشيف. اذكر السبب ليُحفظ في السجل.',
    en: 'Readers will no longer see this content; it stays in the archive. Give the reason, which the history keeps.',
  },
}

/**
 * The default graph: authors submit, reviewers approve or send back, the
 * editor-in-chief publishes, schedules and withdraws. Role names are those of
 * a press office (admin, editor, reviewer, author, translator).
 */
export const DEFAULT_TRANSITIONS: TransitionDefinition[] = [
  {
    name: 'submit',
    effect: 'submit',
    from: ['draft', 'changes_requested'],
    label: { ar: 'إرسال للمراجعة', en: 'Submit for review' },
    roles: WRITERS,
    to: 'in_review',
  },
  {
    name: 'request_changes',
    from: ['in_review'],
    label: { ar: 'طلب تعديلات', en: 'Request changes' },
    requiresComment: true,
    roles: REVIEWERS,
    to: 'changes_requested',
  },
  {
    name: 'approve',
    effect: 'approve',
    fourEyes: true,
    from: ['in_review'],
    label: { ar: 'اعتماد', en: 'Approve' },
    roles: REVIEWERS,
    to: 'approved',
  },
  {
    name: 'publish',
    confirmation: CONFIRMATIONS.publish,
    effect: 'publish',
    fourEyes: true,
    from: ['approved'],
    label: { ar: 'نشر', en: 'Publish' },
    requiresParity: true,
    roles: PUBLISHERS,
    to: 'published',
  },
  {
    name: 'schedule',
    confirmation: CONFIRMATIONS.schedule,
    effect: 'schedule',
    fourEyes: true,
    from: ['approved'],
    label: { ar: 'جدولة النشر', en: 'Schedule' },
    requiresParity: true,
    requiresPublishAt: true,
    roles: PUBLISHERS,
    to: 'scheduled',
  },
  {
    name: 'unschedule',
    effect: 'unschedule',
    from: ['scheduled'],
    label: { ar: 'إلغاء الجدولة', en: 'Unschedule' },
    roles: PUBLISHERS,
    to: 'approved',
  },
  {
    name: 'unpublish',
    confirmation: CONFIRMATIONS.unpublish,
    effect: 'unpublish',
    from: ['published'],
    label: { ar: 'سحب من النشر', en: 'Unpublish' },
    requiresComment: true,
    roles: PUBLISHERS,
    to: 'archived',
  },
  // Off the public record, visibly: readers following a link meet the notice (see the README's "Public record").
  {
    name: 'retract',
    confirmation: CONFIRMATIONS.retract,
    effect: 'retract',
    from: ['published'],
    label: { ar: 'سحب من السجل العام', en: 'Retract' },
    requiresNotice: true,
    roles: PUBLISHERS,
    to: 'retracted',
  },
  {
    name: 'reopen',
    from: ['archived', 'approved'],
    label: { ar: 'إعادة فتح', en: 'Reopen' },
    roles: ['author', 'editor', 'admin'],
    to: 'draft',
  },
  // A retracted document comes back for a new review only by the editor-in-chief's decision.
  {
    name: 'reopen',
    from: ['retracted'],
    label: { ar: 'إعادة فتح', en: 'Reopen' },
    roles: PUBLISHERS,
    to: 'draft',
  },
  // Taken by the scheduler when the time comes, as the editor who scheduled it; never offered in the admin.
  {
    name: 'publish_scheduled',
    effect: 'publish',
    from: ['scheduled'],
    label: { ar: 'نشر مجدول', en: 'Scheduled publication' },
    requiresParity: true,
    roles: [],
    to: 'published',
  },
  {
    name: 'waive_translation',
    effect: 'waive_translation',
    from: '*',
    label: { ar: 'إعفاء من الترجمة', en: 'Waive translation' },
    requiresComment: true,
    requiresLocale: true,
    roles: PUBLISHERS,
  },
  {
    name: 'confirm_translation',
    effect: 'confirm_translation',
    from: '*',
    label: { ar: 'تأكيد الترجمة', en: 'Confirm translation' },
    requiresLocale: true,
    roles: ['translator', 'editor', 'admin'],
  },
  // The language the story was written in: its edits outdate the translations (a story written in English, say).
  {
    name: 'set_source_locale',
    effect: 'set_source_locale',
    from: '*',
    label: { ar: 'تغيير لغة المصدر', en: 'Change the source language' },
    requiresLocale: true,
    roles: WRITERS,
  },
]

/** A content change after approval sends the document back to review; after publication it starts a new draft. */
export const DEFAULT_STATE_AFTER_EDIT: Record<string, string> = {
  approved: 'in_review',
  published: 'draft',
  scheduled: 'in_review',
}

/** The transition name the history uses for those automatic moves. */
export const EDIT_TRANSITION = 'edited'
