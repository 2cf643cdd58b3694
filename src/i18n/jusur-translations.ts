/**
 * Texts of Jusur's own in Payload's translations (config.i18n.translations,
 * read with `t('jusur:…')`): labels Payload only calls with `t` (a document's
 * API tab: Payload writes “API” whatever the language), and the Arabic of
 * the English that Payload, Lexical, sonner and react-select write without a
 * translation key (src/admin/unkeyed-english). Keys are named in the
 * English's words; placeholders are filled as Payload's are.
 */
export const JUSUR_TRANSLATIONS = {
  ar: {
    jusur: {
      addBlock: 'إضافة عنصر',
      apiTab: 'واجهة البرمجة',
      closeNotification: 'إغلاق الإشعار',
      copyUrl: 'نسخ الرابط',
      dragToMove: 'اسحب للنقل',
      editLink: 'تعديل الرابط',
      editNamed: 'تعديل {{label}}',
      insertParagraph: 'إدراج فقرة',
      notificationsRegion: 'الإشعارات ({{hotkey}})',
      removeLink: 'إزالة الرابط',
      revealApiKey: 'إظهار مفتاح واجهة البرمجة',
      selectChosen: 'المختار: {{labels}}.',
      selectChosenValuesHint: 'وللانتقال إلى القيم المختارة اضغط السهم لليسار.',
      selectCleared: 'أُزيلت كل الخيارات المختارة.',
      selectDefaultLabel: 'القائمة',
      selectDeselected: 'أُلغي اختيار {{label}}.',
      selectDisabledOption: '{{label}} غير متاح. اختر خيارًا آخر.',
      selectFiltered: '{{results}} لعبارة البحث «{{term}}».',
      selectFocusedInput: '{{label}} في موضع الكتابة، اضغط السهم للأسفل لفتح القائمة.',
      selectFocusedSearchableInput:
        '{{label}} في موضع الكتابة، اكتب لتضييق القائمة أو اضغط السهم للأسفل لفتحها.',
      selectFocusedValue: '{{label}} محدَّد، {{position}}.',
      selectMenuGuidance:
        'تنقّل بين الخيارات بالسهمين للأعلى وللأسفل، واختر المحدَّد منها بمفتاح الإدخال، وأغلق القائمة بمفتاح الخروج.',
      selectMenuTabGuidance:
        'تنقّل بين الخيارات بالسهمين للأعلى وللأسفل، واختر المحدَّد منها بمفتاح الإدخال، وأغلق القائمة بمفتاح الخروج، أو اختر وأغلقها معًا بمفتاح الجدولة.',
      selectOption: 'الخيار {{label}}، {{position}}.',
      selectOptionDisabled: 'الخيار {{label}}، غير متاح، {{position}}.',
      selectOptionSelected: 'الخيار {{label}}، مختار، {{position}}.',
      selectPosition: '{{index}} من {{count}}',
      selectResultsFew: '{{count}} نتائج متاحة',
      selectResultsMany: '{{count}} نتيجة متاحة',
      selectResultsNone: 'لا نتائج',
      selectResultsOne: 'نتيجة واحدة متاحة',
      selectResultsTwo: 'نتيجتان متاحتان',
      selectSelected: 'اختير {{label}}.',
      toggleApiKey: 'إظهار مفتاح واجهة البرمجة أو إخفاؤه',
      selectValueGuidance:
        'تنقّل بين القيم المختارة بالسهمين لليمين ولليسار، واحذف المحدَّدة منها بمفتاح الحذف للخلف.',
    },
  },
  en: {
    jusur: {
      addBlock: 'Add block',
      apiTab: 'API',
      closeNotification: 'Close notification',
      copyUrl: 'Copy URL',
      dragToMove: 'Drag to move',
      editLink: 'Edit link',
      editNamed: 'Edit {{label}}',
      insertParagraph: 'Insert paragraph',
      notificationsRegion: 'Notifications ({{hotkey}})',
      removeLink: 'Remove link',
      revealApiKey: 'Reveal API key',
      selectChosen: 'Selected: {{labels}}.',
      selectChosenValuesHint: 'Press Left to move to the selected values.',
      selectCleared: 'All selected options have been cleared.',
      selectDefaultLabel: 'Select',
      selectDeselected: '{{label}} deselected.',
      selectDisabledOption: '{{label}} is disabled. Select another option.',
      selectFiltered: '{{results}} for the search term “{{term}}”.',
      selectFocusedInput: '{{label}} is focused, press Down to open the menu.',
      selectFocusedSearchableInput:
        '{{label}} is focused, type to refine the list or press Down to open the menu.',
      selectFocusedValue: '{{label}} focused, {{position}}.',
      selectMenuGuidance:
        'Use Up and Down to choose options, press Enter to select the focused option, press Escape to close the menu.',
      selectMenuTabGuidance:
        'Use Up and Down to choose options, press Enter to select the focused option, press Escape to close the menu, or Tab to select it and close the menu.',
      selectOption: 'Option {{label}}, {{position}}.',
      selectOptionDisabled: 'Option {{label}}, disabled, {{position}}.',
      selectOptionSelected: 'Option {{label}}, selected, {{position}}.',
      selectPosition: '{{index}} of {{count}}',
      selectResultsFew: '{{count}} results available',
      selectResultsMany: '{{count}} results available',
      selectResultsNone: 'No results',
      selectResultsOne: 'One result available',
      selectResultsTwo: '2 results available',
      selectSelected: '{{label}} selected.',
      toggleApiKey: 'Show or hide the API key',
      selectValueGuidance:
        'Use Left and Right to move between the selected values, press Backspace to remove the focused one.',
    },
  },
}

export type JusurTextKey = keyof (typeof JUSUR_TRANSLATIONS)['en']['jusur']
