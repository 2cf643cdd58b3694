import type { Bilingual } from '../../lib/caller-language'

/** The calendar's texts in both admin languages. */
export const CALENDAR_TEXTS = {
  title: { ar: 'التقويم', en: 'Calendar' },
  month: { ar: 'شهر', en: 'Month' },
  week: { ar: 'أسبوع', en: 'Week' },
  previous: { ar: 'السابق', en: 'Previous' },
  next: { ar: 'التالي', en: 'Next' },
  today: { ar: 'اليوم', en: 'Today' },
  allStates: { ar: 'كل الحالات', en: 'All states' },
  state: { ar: 'الحالة', en: 'State' },
  kind_scheduled: { ar: 'نشر مجدول', en: 'Scheduled' },
  kind_published: { ar: 'نُشر', en: 'Published' },
  kind_embargoed: { ar: 'ينتهي حظر النشر', en: 'Embargo lifts' },
  kind_event: { ar: 'فعالية', en: 'Event' },
  scheduleHere: { ar: 'جدولة النشر في هذا اليوم', en: 'Schedule on this day' },
  scheduleWhat: { ar: 'اختر من المعتمد ما يُنشر في', en: 'Which approved item to publish on' },
  time: { ar: 'الساعة', en: 'Time' },
  schedule: { ar: 'جدولة', en: 'Schedule' },
  cancel: { ar: 'إلغاء', en: 'Cancel' },
  noneApproved: { ar: 'لا شيء معتمد ينتظر النشر.', en: 'Nothing approved awaits publication.' },
  truncated: {
    ar: 'في هذه المدة عناصر أكثر مما يُعرض؛ ضيّق عوامل التصفية.',
    en: 'There are more items in this range than shown; narrow the filters.',
  },
  loadFailed: { ar: 'تعذّر تحميل التقويم.', en: 'The calendar could not be loaded.' },
  staffOnly: { ar: 'التقويم لفريق التحرير.', en: 'The calendar is for editorial staff.' },
} satisfies Record<string, Bilingual>

export type CalendarTextKey = keyof typeof CALENDAR_TEXTS
