import ipaddr from 'ipaddr.js'
import dns from 'node:dns/promises'
import net from 'node:net'

import type { Bilingual } from '../lib/caller-language'
import { normalHost, type WebhookSettings } from '../settings/webhooks'

/**
 * Where a webhook may go (server-side request forgery): an http(s) URL on a
 * host of WEBHOOK_ALLOWED_HOSTS, at a public address unless
 * WEBHOOK_ALLOW_PRIVATE. The URL is checked when an endpoint is saved and
 * again at every delivery; the address its name resolves to is checked at
 * delivery, and the request connects to that address (see ./send.ts), so a
 * name that resolves differently a moment later cannot redirect it.
 */

export const DESTINATION_PROBLEMS = {
  credentials: {
    ar: 'لا تضع اسم مستخدم أو كلمة مرور في الرابط: التوقيع يثبت المرسل.',
    en: 'Do not put a user name or password in the URL: the signature proves the sender.',
  },
  invalid: { ar: 'الرابط غير صالح.', en: 'The URL is not valid.' },
  notAllowed: (host: string) => ({
    ar: `المضيف «${host}» ليس في قائمة المضيفين المسموح بهم (WEBHOOK_ALLOWED_HOSTS).`,
    en: `The host "${host}" is not on the allowed hosts (WEBHOOK_ALLOWED_HOSTS).`,
  }),
  privateAddress: (host: string) => ({
    ar: `«${host}» عنوان خاص أو محلي؛ لا يُرسل إليه (WEBHOOK_ALLOW_PRIVATE).`,
    en: `"${host}" is a private or local address; nothing is sent there (WEBHOOK_ALLOW_PRIVATE).`,
  }),
  scheme: {
    ar: 'يجب أن يبدأ الرابط بـ http:// أو https://.',
    en: 'The URL must start with http:// or https://.',
  },
  unresolved: (host: string) => ({
    ar: `تعذّر العثور على عنوان المضيف «${host}».`,
    en: `The address of "${host}" could not be found.`,
  }),
} satisfies Record<string, Bilingual | ((host: string) => Bilingual)>

/** Whether `host` matches one entry of the allowlist: the name itself, `*.parent` for names below it, `*` for any. */
export const hostAllowed = (host: string, allowedHosts: readonly string[]): boolean => {
  const name = normalHost(host)
  return allowedHosts.some((pattern) =>
    pattern === '*'
      ? true
      : pattern.startsWith('*.')
        ? name.endsWith(pattern.slice(1)) && name.length > pattern.length - 1
        : name === pattern,
  )
}

/** Public unicast only: not private, loopback, link-local (cloud metadata), ULA, CGNAT, reserved, multicast... */
export const isPublicAddress = (address: string): boolean =>
  ipaddr.isValid(address) && ipaddr.process(address).range() === 'unicast'

const isLocalName = (host: string) => host === 'localhost' || host.endsWith('.localhost')

/** What is wrong with `text` as a webhook URL, or null: scheme, credentials, allowlist, a literal private address. */
export const urlProblem = (text: string, settings: WebhookSettings): Bilingual | null => {
  let url: URL
  try {
    url = new URL(text.trim())
  } catch {
    return DESTINATION_PROBLEMS.invalid
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return DESTINATION_PROBLEMS.scheme
  if (url.username || url.password) return DESTINATION_PROBLEMS.credentials
  const host = normalHost(url.hostname)
  if (!host) return DESTINATION_PROBLEMS.invalid
  if (!hostAllowed(host, settings.allowedHosts)) return DESTINATION_PROBLEMS.notAllowed(host)
  const literal = net.isIP(host) !== 0
  if (
    !settings.allowPrivate &&
    ((literal && !isPublicAddress(host)) || (!literal && isLocalName(host)))
  )
    return DESTINATION_PROBLEMS.privateAddress(host)
  return null
}

export type Destination = { address: string; family: 4 | 6; url: URL }

export class DestinationRefused extends Error {
  constructor(readonly problem: Bilingual) {
    super(problem.en)
    this.name = 'DestinationRefused'
  }
}

/**
 * The URL checked again and its host resolved to the address the request
 * will connect to. Every address the name resolves to must be allowed, so
 * that a name with one public and one private address is refused whichever
 * the resolver lists first.
 */
export const resolveDestination = async (
  text: string,
  settings: WebhookSettings,
): Promise<Destination> => {
  const problem = urlProblem(text, settings)
  if (problem) throw new DestinationRefused(problem)
  const url = new URL(text.trim())
  const host = normalHost(url.hostname)
  const literal = net.isIP(host)
  const addresses = literal
    ? [{ address: host, family: literal }]
    : await dns.lookup(host, { all: true, verbatim: true }).catch(() => [])
  if (addresses.length === 0) throw new DestinationRefused(DESTINATION_PROBLEMS.unresolved(host))
  if (!settings.allowPrivate && addresses.some(({ address }) => !isPublicAddress(address)))
    throw new DestinationRefused(DESTINATION_PROBLEMS.privateAddress(host))
  const [first] = addresses
  return { address: first!.address, family: first!.family === 6 ? 6 : 4, url }
}
