/** The admin texts of the workflow's components, in Arabic and English. */
export const TEXT = {
  apply: { ar: 'تأكيد', en: 'Confirm' },
  assignee: { ar: 'إسناد إلى (رقم المستخدم، اختياري)', en: 'Assign to (user ID, optional)' },
  cancel: { ar: 'إلغاء', en: 'Cancel' },
  comment: { ar: 'تعليق', en: 'Comment' },
  commentRequired: { ar: 'تعليق (مطلوب)', en: 'Comment (required)' },
  compare: {
    ar: 'مقارنة المسودة بالنسخة المعتمدة',
    en: 'Compare the draft with the approved version',
  },
  history: { ar: 'سجل التحرير', en: 'History' },
  locale: { ar: 'اللغة', en: 'Language' },
  noActions: { ar: 'لا إجراءات متاحة لك الآن.', en: 'No actions available to you now.' },
  noHistory: { ar: 'لا إجراءات بعد.', en: 'Nothing yet.' },
  published: { ar: 'نسخة منشورة متاحة للعموم', en: 'A published version is live' },
  publishAt: { ar: 'موعد النشر', en: 'Publish at' },
  queue: { ar: 'بانتظار إجرائك', en: 'Awaiting your action' },
  queueEmpty: { ar: 'لا شيء بانتظارك.', en: 'Nothing awaits you.' },
  saveFirst: {
    ar: 'احفظ المسودة أولًا لتبدأ مسار التحرير.',
    en: 'Save the draft first to start the workflow.',
  },
  scheduledFor: { ar: 'مجدول للنشر في', en: 'Scheduled for' },
  state: { ar: 'حالة التحرير', en: 'Editorial state' },
  translations: { ar: 'حالة الترجمة', en: 'Translations' },
  edited: { ar: 'تعديل المحتوى', en: 'Content edited' },
  status: {
    complete: { ar: 'مكتملة', en: 'complete' },
    missing: { ar: 'ناقصة', en: 'missing' },
    outdated: { ar: 'بحاجة لتحديث', en: 'outdated' },
    waived: { ar: 'معفاة', en: 'waived' },
  },
} as const

export type Text = { ar: string; en: string }

export const pick = (text: Text, language: string): string =>
  language === 'en' ? text.en : text.ar

/** A colour per state, so that a list can be read at a glance. */
export const STATE_COLOURS: Record<string, string> = {
  approved: '#1f7a4d',
  archived: '#6b6b6b',
  changes_requested: '#b54708',
  draft: '#475467',
  in_review: '#1d4ed8',
  published: '#067647',
  scheduled: '#6941c6',
}
