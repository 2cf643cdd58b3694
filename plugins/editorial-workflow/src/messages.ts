import type { PayloadRequest } from 'payload'

import type { Label } from './types'

/** Every message the plugin shows to a caller, in Arabic and English. */
export const MESSAGES = {
  changedSinceApproval: {
    ar: 'تغيّر المحتوى بعد اعتماده؛ يجب أن يُراجع من جديد قبل النشر.',
    en: 'The content changed after it was approved; it must be reviewed again before publication.',
  },
  commentRequired: {
    ar: 'هذا الإجراء يتطلب تعليقًا يوضح السبب.',
    en: 'This action needs a comment giving the reason.',
  },
  fourEyes: {
    ar: 'لا يجوز أن تعتمد أو تنشر أو تجدول وثيقة عدّلت محتواها منذ آخر نشر لها أو أرسلتها للمراجعة؛ يتولى ذلك زميل آخر.',
    en: 'You cannot approve, publish or schedule a document whose content you changed since it was last published, or that you submitted: a colleague must do it.',
  },
  invalidAssignee: {
    ar: 'المُسنَد إليه ليس مستخدمًا معروفًا.',
    en: 'The assignee is not a known user.',
  },
  invalidLocale: { ar: 'هذا الإجراء يتطلب لغة صحيحة.', en: 'This action needs a valid locale.' },
  invalidPublishAt: {
    ar: 'موعد النشر مطلوب ويجب أن يكون في المستقبل.',
    en: 'A publication time is required and must be in the future.',
  },
  liveWrite: {
    ar: 'هذه الوثيقة منشورة؛ احفظ تعديلاتك كمسودة، فلا يتغير المنشور إلا عبر مسار التحرير.',
    en: 'This document is published: save your changes as a draft; what is public changes only through the workflow.',
  },
  lostRace: {
    ar: 'سبقك إجراء آخر على هذه الوثيقة؛ أعد تحميلها وحاول مجددًا.',
    en: 'Another action on this document got there first; reload it and try again.',
  },
  notFromState: {
    ar: 'لا يمكن اتخاذ هذا الإجراء من الحالة الحالية للوثيقة.',
    en: 'This action is not possible from the document’s current state.',
  },
  notLoggedIn: { ar: 'يجب تسجيل الدخول.', en: 'You must be logged in.' },
  parity: {
    ar: 'لا يمكن النشر قبل اكتمال اللغتين أو الإعفاء من إحداهما بسبب مسجَّل. الناقص: ',
    en: 'Publishing needs every language complete, or a recorded waiver. Incomplete: ',
  },
  publishOutsideWorkflow: {
    ar: 'لا يُنشر شيء ولا تتغير حالة التحرير إلا عبر إجراء مسموح في مسار التحرير.',
    en: 'Publishing, or changing the editorial state, is possible only through a permitted workflow transition.',
  },
  restoreLive: {
    ar: 'استعادة نسخة سابقة تكون كمسودة فقط؛ ثم تمر بالمراجعة.',
    en: 'A previous version can be restored only as a draft, which then goes through review.',
  },
  role: { ar: 'دورك لا يسمح بهذا الإجراء.', en: 'Your role does not allow this action.' },
  translationIncomplete: {
    ar: 'لا يمكن تأكيد ترجمة ناقصة.',
    en: 'An incomplete translation cannot be confirmed.',
  },
  unknownCollection: {
    ar: 'هذه المجموعة لا تخضع لمسار التحرير.',
    en: 'This collection has no editorial workflow.',
  },
  unknownTransition: { ar: 'إجراء غير معروف.', en: 'Unknown action.' },
} satisfies Record<string, Label>

export type MessageKey = keyof typeof MESSAGES

/** A label in the caller's admin/API language (Arabic unless English was asked for). */
export const inLanguage = (req: Pick<PayloadRequest, 'i18n'> | undefined, label: Label): string => {
  const language = req?.i18n?.language ?? 'ar'
  return label[language] ?? label.ar ?? Object.values(label)[0] ?? ''
}
