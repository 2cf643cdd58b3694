/**
 * Corrections to Payload's own Arabic (@payloadcms/translations), merged over
 * it by the config: misspellings («أنشاء»), literal translations (a locale is
 * a language here, not «الموقع المحلي»; «واضح» for “clear”), a broken
 * placeholder ({{العنوان}} instead of {{title}}), a machine-translation prompt
 * left in place of “restoring”, agreement errors («تم الجدولة»), and the
 * hamza and wording an Arabic editor expects. tests/unit/payload-arabic.spec.ts
 * checks every key against Payload's and every placeholder against English.
 */
export const PAYLOAD_ARABIC_CORRECTIONS = {
  general: {
    addBelow: 'أضف في الأسفل',
    addFilter: 'أضف عامل تصفية',
    allLocales: 'جميع اللغات',
    anotherUserTakenOver: 'تولّى مستخدم آخر تحرير هذه الوثيقة.',
    clear: 'مسح',
    confirmDuplication: 'تأكيد الاستنساخ',
    copying: 'جارٍ النسخ',
    createNew: 'إنشاء جديد',
    // «إنشاء الفعاليات جديد», «إنشاء فعالية جديد»: the adjective disagreed with plural and feminine names.
    createNewLabel: 'إنشاء {{label}}',
    dark: 'داكن',
    editingTakenOver: 'تولّى غيرك التحرير',
    emptyTrash: 'أفرغ سلة المهملات',
    false: 'خطأ',
    isEditing: 'يحرّر الآن',
    move: 'نقل',
    moving: 'جارٍ النقل',
    newLabel: '{{label}} جديد',
    noResults:
      'لا يوجد {{label}}: إما أنه لم يُنشأ شيء بعد، وإما أن لا شيء يطابق عوامل التصفية المحددة أعلاه.',
    noResultsDescription: 'لا يوجد شيء بعد، أو لا شيء يطابق عوامل التصفية المحددة أعلاه.',
    previous: 'السابق',
    restoring: 'تجري الاستعادة...',
    schedulePublishFor: 'جدولة نشر {{title}}',
    submissionSuccessful: 'تم الإرسال بنجاح.',
    submitting: 'جارٍ الإرسال...',
    success: 'تم بنجاح',
    successfullyCreated: 'تم إنشاء {{label}} بنجاح.',
    successfullyDuplicated: 'تم إنشاء نسخة من {{label}} بنجاح.',
    takeOver: 'تولَّ التحرير',
    titleDeleted: 'تم حذف {{label}} «{{title}}» بنجاح.',
    titleRestored: 'تمت استعادة {{label}} «{{title}}» بنجاح.',
    titleTrashed: 'نُقل {{label}} «{{title}}» إلى سلة المهملات.',
    trashedCountSuccessfully: 'نُقل {{count}} من {{label}} إلى سلة المهملات.',
    unlock: 'فكّ القفل',
    uploadingBulk: 'جارٍ رفع {{current}} من {{total}}',
    users: 'المستخدمون',
  },
  fields: {
    // «أضف فعالية جديد»: the adjective disagreed with feminine names.
    addNewLabel: 'إضافة {{label}}',
  },
  localization: {
    cannotCopySameLocale: 'لا يمكن النسخ إلى اللغة نفسها',
    copyToLocale: 'نسخ إلى لغة أخرى',
    localeToPublish: 'اللغة المراد نشرها',
    selectedLocales: 'اللغات المختارة',
    selectLocaleToCopy: 'اختر اللغة المراد النسخ إليها',
    selectLocaleToDuplicate: 'اختر اللغات المراد استنساخها',
  },
  version: {
    aboutToRestoreGlobal:
      'أنت على وشك استرجاع الإعداد العام {{label}} إلى الحالة التي كان عليها في {{versionDate}}.',
    aboutToUnpublishIn: 'أنت على وشك إلغاء نشر هذه الوثيقة في {{locale}}. هل أنت متأكد؟',
    changedFieldsCount_one: 'تغيّر {{count}} حقل',
    changedFieldsCount_other: 'تغيّرت {{count}} حقول',
    confirmVersionRestoration: 'تأكيد استعادة النسخة',
    currentDocumentStatus: 'الحالة الحالية للوثيقة: {{docStatus}}',
    currentlyPublished: 'منشور حاليًا',
    currentlyViewing: 'المعروض حاليًا',
    modifiedOnly: 'المعدَّل فقط',
    previouslyDraft: 'مسودة سابقًا',
    previouslyPublished: 'منشور سابقًا',
    publishAllLocales: 'نشر جميع اللغات',
    restoredSuccessfully: 'تمت الاستعادة بنجاح.',
    scheduledSuccessfully: 'تمت الجدولة بنجاح.',
    schedulePublish: 'جدولة النشر',
    showingVersionsFor: 'تُعرض النسخ لـ:',
    showLocales: 'أظهر اللغات:',
    unpublish: 'إلغاء النشر',
    unpublishedSuccessfully: 'تم إلغاء النشر بنجاح.',
    unpublishing: 'جارٍ إلغاء النشر...',
    viewingVersionGlobal: 'يجري استعراض نسخة للإعداد العام {{entityLabel}}',
    viewingVersionsGlobal: 'يجري استعراض النسخ للإعداد العام {{entityLabel}}',
  },
}
