import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { type AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

import { apiClient } from '../helpers/api'
import { plainBody } from '../helpers/content'
import { createStaff, type Staff, type StaffMember } from '../helpers/staff'
import { describeIntegration, startTestPayload, type TestPayload } from '../helpers/test-payload'

type Mail = { rcpt: string[]; subject: string; text: string }

describeIntegration('editorial workflow e-mail, through a real SMTP server', () => {
  let ctx: TestPayload
  let api: ReturnType<typeof apiClient>
  let staff: Staff
  let smtp: SMTPServer
  const inbox: Mail[] = []
  const previousUrl = process.env.SMTP_URL

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        let raw = ''
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')))
        stream.on('end', () => {
          const subject = /^Subject: (.*)$/m.exec(raw)?.[1] ?? ''
          inbox.push({
            rcpt: session.envelope.rcptTo.map((to) => to.address).sort(),
            subject,
            text: raw,
          })
          callback()
        })
      },
    })
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
    process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`
    ctx = await startTestPayload()
    api = apiClient(ctx.config)
    staff = await createStaff(ctx.payload, api)
  })
  afterAll(async () => {
    process.env.SMTP_URL = previousUrl
    await ctx?.stop()
    await new Promise<void>((resolve) => smtp.close(() => resolve()))
  })

  const transition = (member: StaffMember, id: number | string, body: Record<string, unknown>) =>
    api.request('POST', `/articles/${id}/workflow`, { body, token: staff.tokens[member] })

  /** Mail is sent after the transition commits; wait for the next one to arrive. */
  const nextMail = async (): Promise<Mail> => {
    const count = inbox.length
    for (let waited = 0; waited < 10_000 && inbox.length === count; waited += 50)
      await new Promise((resolve) => setTimeout(resolve, 50))
    expect(inbox.length).toBe(count + 1)
    return inbox[count]
  }

  const email = (member: StaffMember) => `${member}@example.org`

  it('mails reviewers on submit, the author on a verdict, and everyone concerned on publication', async () => {
    const created = await api.request('POST', '/articles?draft=true&locale=ar', {
      body: { body: plainBody('نص'), summary: 'ملخص', title: 'بريد المراجعة' },
      token: staff.tokens.author,
    })
    const { doc } = (await created.json()) as { doc: { id: number } }
    await api.request('PATCH', `/articles/${doc.id}?draft=true&locale=en`, {
      body: { body: plainBody('text'), summary: 'Summary', title: 'Review mail' },
      token: staff.tokens.translator,
    })

    expect((await transition('author', doc.id, { transition: 'submit' })).status).toBe(200)
    const submitted = await nextMail()
    expect(submitted.rcpt).toEqual([email('reviewer'), email('reviewer2')].sort())
    // An absolute link: SERVER_URL, or this machine's address on PORT (the body is quoted-printable: soft breaks undone).
    expect(submitted.text.replace(/=\r?\n/g, '')).toMatch(
      new RegExp(`https?://[\\w.:-]+/admin/collections/articles/${doc.id}\\b`),
    )

    await transition('reviewer', doc.id, {
      comment: 'Add the signing date',
      transition: 'request_changes',
    })
    const sentBack = await nextMail()
    expect(sentBack.rcpt).toEqual([email('translator'), email('author')].sort())
    expect(sentBack.text).toContain('Add the signing date')

    await transition('author', doc.id, { assignee: staff.ids.reviewer2, transition: 'submit' })
    expect((await nextMail()).rcpt).toEqual([email('reviewer2')])

    await transition('reviewer2', doc.id, { transition: 'approve' })
    expect((await nextMail()).rcpt).toEqual([email('author'), email('translator')].sort())

    await transition('editor', doc.id, { transition: 'publish' })
    expect((await nextMail()).rcpt).toEqual(
      [email('author'), email('reviewer2'), email('translator')].sort(),
    )
  })
})
