/** The discard confirmation of a drawer with unsaved changes, in Arabic and English. */
const TEXT = {
  ar: {
    body: 'في هذه النافذة تعديلات لم تُحفظ بعد، وستضيع إن أغلقتها الآن.',
    discard: 'إغلاق دون حفظ',
    heading: 'إغلاق النافذة دون حفظ؟',
    keep: 'متابعة التحرير',
  },
  en: {
    body: 'This drawer has changes that are not saved yet; they will be lost if you close it now.',
    discard: 'Close without saving',
    heading: 'Close without saving?',
    keep: 'Keep editing',
  },
}

export const unsavedDrawerText = (language: string) => (language === 'en' ? TEXT.en : TEXT.ar)
