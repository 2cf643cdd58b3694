/** A locale's label in the admin's language; a label given as one string is the same in every language. */
export const labelIn = (
  label: Record<string, string> | string | undefined,
  language: string,
  code: string,
): string => (typeof label === 'string' ? label : (label?.[language] ?? code))
