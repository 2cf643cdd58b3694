import type { EmailAdapter, SendEmailOptions } from 'payload'

import nodemailer from 'nodemailer'

import { StartupError } from './startup-error'

type Env = Readonly<Record<string, string | undefined>>

/** `EMAIL_FROM`, e.g. `جسور Jusur <no-reply@press.example>`; a plain address works too. */
const senderFrom = (env: Env) => {
  const from = env.EMAIL_FROM?.trim() || 'Jusur <no-reply@jusur.localhost>'
  const match = /^(.*)<([^>]+)>\s*$/.exec(from)
  return match
    ? { address: match[2].trim(), name: match[1].trim() || 'Jusur' }
    : { address: from, name: 'Jusur' }
}

const recipients = (to: SendEmailOptions['to']): string =>
  (Array.isArray(to) ? to : [to])
    .flat()
    .map((entry) =>
      entry && typeof entry === 'object' && 'address' in entry
        ? entry.address
        : String(entry ?? ''),
    )
    .join(', ')

/**
 * Payload's email adapter for Jusur. With `SMTP_URL` (e.g.
 * `smtps://user:password@mail.example:465`) mail goes out through nodemailer;
 * without it, each message, body included, is written to the log, so that
 * nothing is lost on a machine with no mail server. (Payload's own nodemailer
 * package pins an older Payload exactly, so the adapter, a few lines, is ours.)
 */
export const emailAdapterFor = (env: Env = process.env): EmailAdapter => {
  const sender = senderFrom(env)
  const url = env.SMTP_URL?.trim()
  if (url && !/^smtps?:\/\//.test(url))
    throw new StartupError('SMTP_URL must start with smtp:// or smtps://.')
  const transport = url ? nodemailer.createTransport(url) : undefined
  return ({ payload }) => ({
    defaultFromAddress: sender.address,
    defaultFromName: sender.name,
    name: transport ? 'smtp' : 'log',
    sendEmail: async (message) => {
      if (transport) return transport.sendMail({ from: sender, ...message })
      payload.logger.info({
        email: { subject: message.subject, text: message.text, to: recipients(message.to) },
        msg: 'email (no SMTP_URL set)',
      })
    },
  })
}
