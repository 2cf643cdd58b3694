import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { webhookSettings } from '../../src/settings/webhooks'
import {
  DestinationRefused,
  hostAllowed,
  isPublicAddress,
  resolveDestination,
  urlProblem,
} from '../../src/webhooks/destination'

/**
 * Where webhooks may go (src/webhooks/destination.ts): only http(s), only the
 * allowlisted hosts, never a private address unless allowed. The property
 * tests build URLs of many shapes, including the spellings that smuggle a
 * private address past a naive check (decimal, hex and octal IPv4, IPv4
 * inside IPv6, look-alike host names), and check each verdict against the
 * URL as the WHATWG parser (and so Node's HTTP client) reads it.
 */

const SEED = Number(process.env.FC_SEED ?? 20261203)
const NUM_RUNS = Number(process.env.FC_RUNS ?? 400)

const settings = (hosts: string, allowPrivate = false) =>
  webhookSettings({
    WEBHOOK_ALLOWED_HOSTS: hosts,
    WEBHOOK_ALLOW_PRIVATE: allowPrivate ? 'true' : undefined,
  })

const PRIVATE_HOSTS = [
  '127.0.0.1',
  '127.1',
  '2130706433',
  '0x7f000001',
  '0177.0.0.1',
  '10.0.0.8',
  '172.16.4.1',
  '192.168.1.1',
  '169.254.169.254',
  '100.64.0.1',
  '0.0.0.0',
  '[::1]',
  '[::]',
  '[fe80::1]',
  '[fd00:ec2::254]',
  '[::ffff:127.0.0.1]',
  '[::ffff:a9fe:a9fe]',
  'localhost',
  'api.localhost',
]
const PUBLIC_IPS = ['93.184.215.14', '8.8.8.8', '[2606:4700:4700::1111]']
const NAMES = [
  'hooks.example.org',
  'a.b.example.org',
  'example.org',
  'example.org.evil.test',
  'evilexample.org',
  'hooks.example.net',
  'HOOKS.EXAMPLE.NET',
  'other.test',
]
const SCHEMES = ['http', 'https', 'HTTPS', 'ftp', 'file', 'ws', 'gopher', 'javascript', 'data']

const urlShape = fc.record({
  host: fc.constantFrom(...PRIVATE_HOSTS, ...PUBLIC_IPS, ...NAMES),
  path: fc.constantFrom('', '/', '/hook', '/a/b?x=1', '/#frag'),
  port: fc.constantFrom('', ':80', ':8443', ':1'),
  scheme: fc.constantFrom(...SCHEMES),
  userinfo: fc.constantFrom('', '', '', 'user:pass@', 'user@'),
})
type UrlShape = { host: string; path: string; port: string; scheme: string; userinfo: string }

const urlText = ({ host, path, port, scheme, userinfo }: UrlShape) =>
  `${scheme}://${userinfo}${host}${port}${path}`

const ALLOWLIST = '*.example.org, hooks.example.net, 127.0.0.1, 8.8.8.8, [::1], localhost'

describe('webhook destinations', () => {
  it('accepts a URL only when it is http(s), without credentials, on an allowed host, at no literal private address', () => {
    fc.assert(
      fc.property(urlShape, fc.boolean(), (shape, allowPrivate) => {
        const text = urlText(shape)
        const problem = urlProblem(text, settings(ALLOWLIST, allowPrivate))
        let url: URL | undefined
        try {
          url = new URL(text)
        } catch {
          url = undefined
        }
        if (problem !== null) {
          // Every refusal says why in both languages.
          expect(problem.ar).toBeTruthy()
          expect(problem.en).toBeTruthy()
          return
        }
        expect(url).toBeDefined()
        expect(['http:', 'https:']).toContain(url!.protocol)
        expect(url!.username + url!.password).toBe('')
        const host = url!.hostname.replace(/^\[|\]$/g, '')
        expect(hostAllowed(host, settings(ALLOWLIST).allowedHosts)).toBe(true)
        expect(host === 'example.org' || host.endsWith('.example.org.evil.test')).toBe(false)
        if (!allowPrivate) {
          expect(host).not.toMatch(/localhost$/)
          if (/^[\d.]+$|:/.test(host)) expect(isPublicAddress(host)).toBe(true)
        }
      }),
      { numRuns: NUM_RUNS, seed: SEED },
    )
  })

  it('refuses every private spelling even when any host is allowed, unless private addresses are', () => {
    fc.assert(
      fc.property(
        urlShape.filter(({ scheme, userinfo }) => /^https?$/i.test(scheme) && !userinfo),
        fc.constantFrom(...PRIVATE_HOSTS),
        (shape, host) => {
          const text = urlText({ ...shape, host })
          expect(urlProblem(text, settings('*'))?.en).toMatch(/private or local address/)
          expect(urlProblem(text, settings('*', true))).toBeNull()
        },
      ),
      { numRuns: NUM_RUNS, seed: SEED },
    )
  })

  it('allows nothing without an allowlist, and matches wildcards below the name only', () => {
    expect(urlProblem('https://hooks.example.org/', settings(''))?.en).toMatch(/not on the allowed/)
    const hosts = settings('*.example.org').allowedHosts
    expect(hostAllowed('a.example.org', hosts)).toBe(true)
    expect(hostAllowed('a.b.example.org', hosts)).toBe(true)
    expect(hostAllowed('example.org', hosts)).toBe(false)
    expect(hostAllowed('badexample.org', hosts)).toBe(false)
    expect(urlProblem('https://a.example.org:8443/hook?x=1', settings('*.example.org'))).toBeNull()
    expect(urlProblem('http://8.8.8.8/', settings('8.8.8.8'))).toBeNull()
  })

  it('checks the address a name resolves to when sending, and keeps it for the connection', async () => {
    await expect(
      resolveDestination('http://localhost.:8080/hook', settings('localhost.')),
    ).rejects.toBeInstanceOf(DestinationRefused)
    const local = await resolveDestination(
      'http://localhost:8080/hook',
      settings('localhost', true),
    )
    expect(['127.0.0.1', '::1']).toContain(local.address)
    await expect(
      resolveDestination('http://no-such-host.invalid/', settings('*.invalid')),
    ).rejects.toMatchObject({ problem: { en: expect.stringMatching(/could not be found/) } })
  })
})
