import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { DEFAULT_STATES, DEFAULT_TRANSITIONS } from '../src/defaults'
import {
  type Actor,
  availableTransitions,
  contributorsOf,
  type DocumentFacts,
  factsOf,
  inputRefusal,
  permissionRefusal,
  type TransitionInput,
  withContributor,
} from '../src/machine'
import { ar } from '../src/translations/ar'
import { en } from '../src/translations/en'
import type { TransitionDefinition } from '../src/types'

const LOCALES = ['ar', 'en']
const NOW = new Date('2025-06-01T12:00:00.000Z')

const transition = (name: string): TransitionDefinition => {
  const found = DEFAULT_TRANSITIONS.find((candidate) => candidate.name === name)
  if (!found) throw new Error(`no default transition ${name}`)
  return found
}

const actor = (id: number | string, ...roles: string[]): Actor => ({ id, roles })
const automatic = (id: number | string, ...roles: string[]): Actor => ({
  automatic: true,
  id,
  roles,
})
const facts = (state: string, more: Partial<DocumentFacts> = {}): DocumentFacts => ({
  state,
  ...more,
})

describe('the default graph', () => {
  it('leads only from and to states it declares', () => {
    const states = Object.keys(DEFAULT_STATES)
    expect(states).toEqual([
      'draft',
      'in_review',
      'changes_requested',
      'approved',
      'scheduled',
      'published',
      'archived',
      'retracted',
    ])
    for (const { from, to } of DEFAULT_TRANSITIONS) {
      if (from !== '*') for (const state of from) expect(states).toContain(state)
      if (to !== undefined) expect(states).toContain(to)
    }
  })

  it('names each transition once per state it leaves, with an Arabic and an English label', () => {
    // A name may recur from other states (reopening an archived and a retracted document).
    const taken = DEFAULT_TRANSITIONS.flatMap(({ from, name }) =>
      (from === '*' ? Object.keys(DEFAULT_STATES) : from).map((state) => `${name} from ${state}`),
    )
    expect(new Set(taken).size).toBe(taken.length)
    for (const { label } of DEFAULT_TRANSITIONS) {
      expect(label.ar).toMatch(/[\u0600-\u06FF]/)
      expect(label.en).toMatch(/^[A-Z]/)
    }
  })

  it('has exactly one transition that nobody but the scheduler takes', () => {
    expect(
      DEFAULT_TRANSITIONS.filter(({ roles }) => roles.length === 0).map(({ name }) => name),
    ).toEqual(['publish_scheduled'])
  })

  it('has a message in both languages for every refusal reason', () => {
    expect(Object.keys(ar.error).sort()).toEqual(Object.keys(en.error).sort())
    for (const reason of Object.keys(en.error) as (keyof typeof en.error)[]) {
      expect(ar.error[reason]).toMatch(/[\u0600-\u06FF]/)
      expect(en.error[reason]).toMatch(/^[A-Z]/)
    }
  })
})

describe('permissionRefusal', () => {
  // [transition, actor, document, expected refusal (null: allowed)]
  const cases: [string, Actor, DocumentFacts, null | { reason: string; status: number }][] = [
    // Roles.
    ['submit', actor(1, 'author'), facts('draft'), null],
    ['submit', actor(1, 'translator'), facts('changes_requested'), null],
    ['submit', actor(1, 'reviewer'), facts('draft'), { reason: 'role', status: 403 }],
    ['submit', actor(1), facts('draft'), { reason: 'role', status: 403 }],
    ['submit', actor(1, 'Author'), facts('draft'), { reason: 'role', status: 403 }],
    ['approve', actor(1, 'reviewer'), facts('in_review'), null],
    [
      'approve',
      actor(1, 'author', 'translator'),
      facts('in_review'),
      { reason: 'role', status: 403 },
    ],
    ['publish', actor(1, 'reviewer'), facts('approved'), { reason: 'role', status: 403 }],
    ['publish', actor(1, 'reviewer', 'editor'), facts('approved'), null],
    ['confirm_translation', actor(1, 'translator'), facts('published'), null],
    ['waive_translation', actor(1, 'translator'), facts('draft'), { reason: 'role', status: 403 }],
    // State.
    ['submit', actor(1, 'author'), facts('in_review'), { reason: 'notFromState', status: 409 }],
    ['approve', actor(1, 'reviewer'), facts('draft'), { reason: 'notFromState', status: 409 }],
    ['publish', actor(1, 'editor'), facts('in_review'), { reason: 'notFromState', status: 409 }],
    ['publish', actor(1, 'editor'), facts('published'), { reason: 'notFromState', status: 409 }],
    ['unschedule', actor(1, 'editor'), facts('approved'), { reason: 'notFromState', status: 409 }],
    ['reopen', actor(1, 'author'), facts('archived'), null],
    ['reopen', actor(1, 'author'), facts('published'), { reason: 'notFromState', status: 409 }],
    [
      'request_changes',
      actor(1, 'reviewer'),
      facts('unknown-state'),
      { reason: 'notFromState', status: 409 },
    ],
    // Four eyes, ids compared as text.
    [
      'approve',
      actor(7, 'reviewer'),
      facts('in_review', { submittedBy: 7 }),
      { reason: 'fourEyes', status: 403 },
    ],
    [
      'approve',
      actor(7, 'reviewer'),
      facts('in_review', { contributors: ['7'] }),
      { reason: 'fourEyes', status: 403 },
    ],
    [
      'approve',
      actor('7', 'reviewer'),
      facts('in_review', { contributors: [7] }),
      { reason: 'fourEyes', status: 403 },
    ],
    [
      'approve',
      actor(7, 'reviewer'),
      facts('in_review', { contributors: [8, 10], submittedBy: 9 }),
      null,
    ],
    [
      'approve',
      actor(7, 'reviewer'),
      facts('in_review', { contributors: [], submittedBy: undefined }),
      null,
    ],
    [
      'approve',
      actor(7, 'reviewer'),
      facts('in_review', { contributors: [70, '77'], submittedBy: '07' }),
      null,
    ],
    [
      'publish',
      actor(7, 'admin'),
      facts('approved', { submittedBy: 7 }),
      { reason: 'fourEyes', status: 403 },
    ],
    [
      'schedule',
      actor(7, 'editor'),
      facts('approved', { contributors: [7] }),
      { reason: 'fourEyes', status: 403 },
    ],
    // Transitions without four eyes are open to the last editor and the submitter.
    ['submit', actor(7, 'author'), facts('draft', { contributors: [7], submittedBy: 7 }), null],
    [
      'request_changes',
      actor(7, 'reviewer'),
      facts('in_review', { contributors: [7], submittedBy: 7 }),
      null,
    ],
    [
      'unpublish',
      actor(7, 'editor'),
      facts('published', { contributors: [7], submittedBy: 7 }),
      null,
    ],
    ['unschedule', actor(7, 'editor'), facts('scheduled', { contributors: [7] }), null],
  ]

  it.each(cases)('%s by %j on %j → %j', (name, who, document, expected) => {
    expect(permissionRefusal(transition(name), who, document)).toEqual(expected)
  })

  it('checks the role first, then the state, then four eyes', () => {
    // Wrong role, wrong state and own submission at once: the role is what is reported.
    expect(
      permissionRefusal(
        transition('approve'),
        actor(7, 'author'),
        facts('draft', { submittedBy: 7 }),
      )?.reason,
    ).toBe('role')
    // Right role, wrong state, own submission: the state.
    expect(
      permissionRefusal(
        transition('approve'),
        actor(7, 'reviewer'),
        facts('draft', { submittedBy: 7 }),
      )?.reason,
    ).toBe('notFromState')
    // Right role and state, own submission: four eyes.
    expect(
      permissionRefusal(
        transition('approve'),
        actor(7, 'reviewer'),
        facts('in_review', { submittedBy: 7 }),
      )?.reason,
    ).toBe('fourEyes')
  })

  it("takes '*' as every state, known or not", () => {
    for (const state of [...Object.keys(DEFAULT_STATES), 'anything-else']) {
      expect(
        permissionRefusal(transition('waive_translation'), actor(1, 'editor'), facts(state)),
      ).toBeNull()
      expect(
        permissionRefusal(transition('confirm_translation'), actor(1, 'translator'), facts(state)),
      ).toBeNull()
    }
  })

  it('leaves transitions without roles to automatic actors', () => {
    const scheduled = transition('publish_scheduled')
    for (const roles of [[], ['admin'], ['editor', 'admin', 'reviewer', 'author', 'translator']]) {
      expect(permissionRefusal(scheduled, actor(1, ...roles), facts('scheduled'))).toEqual({
        reason: 'role',
        status: 403,
      })
    }
    expect(permissionRefusal(scheduled, automatic(1, 'editor'), facts('scheduled'))).toBeNull()
    // Automatic or not, the state still counts.
    expect(permissionRefusal(scheduled, automatic(1, 'editor'), facts('approved'))).toEqual({
      reason: 'notFromState',
      status: 409,
    })
  })

  it('gives automatic actors nothing their roles do not: a transition with roles still needs one', () => {
    expect(
      permissionRefusal(transition('publish'), automatic(1, 'author'), facts('approved')),
    ).toEqual({ reason: 'role', status: 403 })
    expect(permissionRefusal(transition('publish'), automatic(1), facts('approved'))).toEqual({
      reason: 'role',
      status: 403,
    })
    expect(
      permissionRefusal(
        transition('publish'),
        automatic(1, 'editor'),
        facts('approved', { submittedBy: 1 }),
      )?.reason,
    ).toBe('fourEyes')
  })

  it('applies four eyes only where the transition asks for it, whatever its name', () => {
    const custom: TransitionDefinition = {
      from: ['a'],
      label: { en: 'Go' },
      name: 'go',
      roles: ['x'],
      to: 'b',
    }
    expect(permissionRefusal(custom, actor(1, 'x'), facts('a', { submittedBy: 1 }))).toBeNull()
    expect(
      permissionRefusal(
        { ...custom, fourEyes: true },
        actor(1, 'x'),
        facts('a', { submittedBy: 1 }),
      )?.reason,
    ).toBe('fourEyes')
    expect(
      permissionRefusal(
        { ...custom, fourEyes: false },
        actor(1, 'x'),
        facts('a', { contributors: [1] }),
      ),
    ).toBeNull()
  })
})

describe('contributors', () => {
  it('reads them from the bookkeeping; a document saved before they were kept has its last editor', () => {
    expect(contributorsOf({ contributors: [3, 4], lastEditedBy: 4 })).toEqual([3, 4])
    expect(contributorsOf({ contributors: [], lastEditedBy: 4 })).toEqual([])
    expect(contributorsOf({ contributors: null, lastEditedBy: 4 })).toEqual([4])
    expect(contributorsOf({ lastEditedBy: null })).toEqual([])
    expect(contributorsOf(undefined)).toEqual([])
    expect(
      factsOf(
        { workflow: { lastEditedBy: 4, submittedBy: 5 }, workflowState: 'approved' },
        'draft',
      ),
    ).toEqual({
      contributors: [4],
      state: 'approved',
      submittedBy: 5,
    })
  })

  it('adds each person once, ids compared as text', () => {
    expect(withContributor([], 3)).toEqual([3])
    expect(withContributor([3], '3')).toEqual([3])
    expect(withContributor([3], 4)).toEqual([3, 4])
  })
})

describe('inputRefusal', () => {
  const later = new Date(NOW.getTime() + 60_000).toISOString()
  const earlier = new Date(NOW.getTime() - 60_000).toISOString()
  const invalid = (reason: string) => ({ reason, status: 400 })

  // [transition, input, expected refusal (null: accepted)]
  const cases: [string, TransitionInput, null | { reason: string; status: number }][] = [
    // requiresComment: a comment with something in it.
    ['request_changes', {}, invalid('commentRequired')],
    ['request_changes', { comment: null }, invalid('commentRequired')],
    ['request_changes', { comment: '' }, invalid('commentRequired')],
    ['request_changes', { comment: ' \n\t ' }, invalid('commentRequired')],
    ['request_changes', { comment: 'أضف المصدر' }, null],
    // Unpublishing gives its reason too.
    ['unpublish', {}, invalid('commentRequired')],
    ['unpublish', { comment: '  ' }, invalid('commentRequired')],
    ['unpublish', { comment: 'خبر مكرر' }, null],
    ['approve', {}, null],
    // requiresLocale: one of the configured locales.
    ['confirm_translation', {}, invalid('invalidLocale')],
    ['confirm_translation', { locale: null }, invalid('invalidLocale')],
    ['confirm_translation', { locale: '' }, invalid('invalidLocale')],
    ['confirm_translation', { locale: 'fr' }, invalid('invalidLocale')],
    ['confirm_translation', { locale: 'EN' }, invalid('invalidLocale')],
    ['confirm_translation', { locale: 'en' }, null],
    ['waive_translation', { comment: 'عاجل', locale: 'ar' }, null],
    ['set_source_locale', {}, invalid('invalidLocale')],
    ['set_source_locale', { locale: 'fr' }, invalid('invalidLocale')],
    ['set_source_locale', { locale: 'en' }, null],
    // A locale given to a transition that does not need one must still be a real one.
    ['submit', { locale: 'fr' }, invalid('invalidLocale')],
    ['submit', { locale: 'en' }, null],
    ['publish', { locale: 'de' }, invalid('invalidLocale')],
    // requiresPublishAt: a parseable time strictly after now.
    ['schedule', {}, invalid('invalidPublishAt')],
    ['schedule', { publishAt: null }, invalid('invalidPublishAt')],
    ['schedule', { publishAt: '' }, invalid('invalidPublishAt')],
    ['schedule', { publishAt: 'next tuesday' }, invalid('invalidPublishAt')],
    ['schedule', { publishAt: earlier }, invalid('invalidPublishAt')],
    ['schedule', { publishAt: '2001-01-01T00:00:00Z' }, invalid('invalidPublishAt')],
    ['schedule', { publishAt: NOW.toISOString() }, invalid('invalidPublishAt')],
    ['schedule', { publishAt: new Date(NOW.getTime() + 1).toISOString() }, null],
    ['schedule', { publishAt: later }, null],
    // A time given where none is needed is not looked at.
    ['submit', { publishAt: earlier }, null],
    ['publish', { publishAt: 'garbage' }, null],
  ]

  it.each(cases)('%s with %j → %j', (name, input, expected) => {
    expect(inputRefusal(transition(name), input, LOCALES, NOW)).toEqual(expected)
  })

  it('checks the comment, then the locale, then the time', () => {
    const everything: TransitionDefinition = {
      from: '*',
      label: { en: 'All' },
      name: 'all',
      requiresComment: true,
      requiresLocale: true,
      requiresPublishAt: true,
      roles: ['x'],
    }
    expect(
      inputRefusal(everything, { locale: 'fr', publishAt: earlier }, LOCALES, NOW)?.reason,
    ).toBe('commentRequired')
    expect(
      inputRefusal(everything, { comment: 'c', locale: 'fr', publishAt: earlier }, LOCALES, NOW)
        ?.reason,
    ).toBe('invalidLocale')
    expect(
      inputRefusal(everything, { comment: 'c', locale: 'en', publishAt: earlier }, LOCALES, NOW)
        ?.reason,
    ).toBe('invalidPublishAt')
    expect(
      inputRefusal(everything, { comment: 'c', locale: 'en', publishAt: later }, LOCALES, NOW),
    ).toBeNull()
  })

  it('knows only the locales it is given', () => {
    expect(
      inputRefusal(transition('confirm_translation'), { locale: 'fr' }, ['ar', 'en', 'fr'], NOW),
    ).toBeNull()
    expect(inputRefusal(transition('confirm_translation'), { locale: 'en' }, [], NOW)?.reason).toBe(
      'invalidLocale',
    )
  })

  it('compares the time with the real clock by default', () => {
    const soon = new Date(Date.now() + 60_000).toISOString()
    const gone = new Date(Date.now() - 60_000).toISOString()
    expect(inputRefusal(transition('schedule'), { publishAt: soon }, LOCALES)).toBeNull()
    expect(inputRefusal(transition('schedule'), { publishAt: gone }, LOCALES)?.reason).toBe(
      'invalidPublishAt',
    )
  })

  it('takes a retraction only with a notice that says something in every locale (property)', () => {
    const text = fc.oneof(
      fc.string(),
      fc.constantFrom('', '   ', '\n\t', 'سُحب', 'Withdrawn'),
      fc.constant(null),
      fc.integer(),
    )
    const says = (value: unknown) => typeof value === 'string' && value.trim() !== ''
    fc.assert(
      fc.property(fc.record({ ar: text, en: text }, { requiredKeys: [] }), (notice) => {
        const refusal = inputRefusal(transition('retract'), { notice }, LOCALES, NOW)
        const complete = says(notice.ar) && says(notice.en)
        expect(refusal).toEqual(complete ? null : { reason: 'noticeRequired', status: 400 })
      }),
    )
  })
})

describe('availableTransitions', () => {
  const names = (who: Actor, document: DocumentFacts) =>
    availableTransitions(DEFAULT_TRANSITIONS, who, document).map(({ name }) => name)

  // [actor, document, the transitions offered, in the graph's order]
  // Writers may say, in any state, which language the document was written in.
  const SOURCE = 'set_source_locale'

  const cases: [Actor, DocumentFacts, string[]][] = [
    [actor(1, 'author'), facts('draft'), ['submit', SOURCE]],
    [actor(1, 'translator'), facts('draft'), ['submit', 'confirm_translation', SOURCE]],
    [actor(1, 'reviewer'), facts('draft'), []],
    [actor(1), facts('in_review'), []],
    [actor(1, 'reviewer'), facts('in_review'), ['request_changes', 'approve']],
    [actor(1, 'reviewer'), facts('in_review', { submittedBy: 1 }), ['request_changes']],
    [
      actor(1, 'editor'),
      facts('in_review', { contributors: [1] }),
      ['request_changes', 'waive_translation', 'confirm_translation', SOURCE],
    ],
    [
      actor(1, 'editor'),
      facts('approved'),
      ['publish', 'schedule', 'reopen', 'waive_translation', 'confirm_translation', SOURCE],
    ],
    [
      actor(1, 'editor'),
      facts('approved', { submittedBy: 1 }),
      ['reopen', 'waive_translation', 'confirm_translation', SOURCE],
    ],
    [actor(1, 'author'), facts('approved'), ['reopen', SOURCE]],
    [
      actor(1, 'admin'),
      facts('scheduled'),
      ['unschedule', 'waive_translation', 'confirm_translation', SOURCE],
    ],
    [
      automatic(1, 'editor'),
      facts('scheduled'),
      ['unschedule', 'publish_scheduled', 'waive_translation', 'confirm_translation', SOURCE],
    ],
    [
      actor(1, 'editor'),
      facts('published'),
      ['unpublish', 'retract', 'waive_translation', 'confirm_translation', SOURCE],
    ],
    [actor(1, 'author'), facts('archived'), ['reopen', SOURCE]],
    // Only the editor-in-chief brings a retracted document back.
    [actor(1, 'author'), facts('retracted'), [SOURCE]],
    [
      actor(1, 'editor'),
      facts('retracted'),
      ['reopen', 'waive_translation', 'confirm_translation', SOURCE],
    ],
  ]

  it.each(cases)('%j on %j is offered %j', (who, document, expected) => {
    expect(names(who, document)).toEqual(expected)
  })

  it('offers exactly the transitions permissionRefusal allows', () => {
    const actors = [
      actor(1, 'author'),
      actor(1, 'editor'),
      actor(1, 'reviewer', 'translator'),
      automatic(1, 'admin'),
    ]
    for (const state of Object.keys(DEFAULT_STATES)) {
      for (const who of actors) {
        for (const document of [facts(state), facts(state, { submittedBy: 1 })]) {
          const allowed = DEFAULT_TRANSITIONS.filter(
            (candidate) => permissionRefusal(candidate, who, document) === null,
          )
          expect(availableTransitions(DEFAULT_TRANSITIONS, who, document)).toEqual(allowed)
        }
      }
    }
  })
})
