/**
 * The choice of how the admin writes dates (pure: no React, no Payload), for
 * the server and the browser alike: the digits a user may choose and the
 * default. `useAdminDates` (`./client`) writes dates by it.
 */
export {
  DATE_DIGITS,
  type DateChoice,
  type DateDigits,
  type DateShown,
  DEFAULT_DATE_CHOICE,
  gregorianLocale,
  shownFor,
} from '../components/admin-dates'
