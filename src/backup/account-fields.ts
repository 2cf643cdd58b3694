/** What belongs to the running system rather than to an account: open sessions, password-reset links, lockouts. Never archived. */
export const SESSION_FIELDS = [
  'sessions',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'resetPasswordRequestedAt',
  'loginAttempts',
  'lockUntil',
  '_verificationToken',
]

/** What lets an account log in: archived only when asked (`--include-credentials`). */
export const CREDENTIAL_FIELDS = ['hash', 'salt', 'apiKey', 'apiKeyIndex']

/** An account as an archive keeps it. */
export const archivedAccount = (
  data: Record<string, unknown>,
  includeCredentials: boolean,
): Record<string, unknown> => {
  const dropped = new Set([...SESSION_FIELDS, ...(includeCredentials ? [] : CREDENTIAL_FIELDS)])
  return Object.fromEntries(Object.entries(data).filter(([field]) => !dropped.has(field)))
}
