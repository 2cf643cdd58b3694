import { ar } from 'date-fns/locale/ar'
import { enUS } from 'date-fns/locale/en-US'
import { registerLocale, setDefaultLocale } from 'react-datepicker'

/**
 * react-datepicker's names of the admin's languages, as Payload's DatePicker
 * makes them (its getFormattedLocale), with date-fns' texts for each.
 */
const DATE_PICKER_LOCALES = { ar: { locale: ar, name: 'ar' }, en: { locale: enUS, name: 'enUS' } }

const inBrowser = typeof window !== 'undefined'

if (inBrowser)
  for (const { locale, name } of Object.values(DATE_PICKER_LOCALES)) registerLocale(name, locale)

/**
 * Date pickers write dates in the admin's language from their first render.
 * Payload's DatePicker makes its language react-datepicker's default in an
 * effect, after it has rendered: a picker rendered once (a field not edited)
 * keeps «Oct 28, 2024». Set here while rendering, before the pickers below
 * render (in the browser only: on the server the default would be one for
 * every request).
 */
export const useDatePickerLocale = (language: string) => {
  const known = DATE_PICKER_LOCALES[language as keyof typeof DATE_PICKER_LOCALES]
  if (inBrowser && known) setDefaultLocale(known.name)
}
