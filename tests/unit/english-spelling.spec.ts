import { describe, expect, it } from '@jest/globals'

import { stemWord, tokenize } from '../../src/lib/stem'
import { americanSpelling } from '../../src/lib/english-spelling'
import { parseSearchQuery } from '../../src/search/query'
import { termsOf } from '../../src/search/rows'
import { buildSnippet } from '../../src/search/snippet'

const stems = (text: string) => tokenize(text).map((token) => token.stem)

describe('English spelling folds British and American', () => {
  it.each([
    ['-our/-or', ['colour', 'color'], ['labours', 'labors'], ['favourite', 'favorite']],
    ['-re/-er', ['centre', 'center'], ['theatres', 'theaters'], ['kilometre', 'kilometer']],
    [
      '-ise/-ize',
      ['organise', 'organize'],
      ['recognised', 'recognized'],
      ['mobilising', 'mobilizing'],
    ],
    [
      '-isation/-ization',
      ['organisation', 'organization'],
      ['civilisation', 'civilization'],
      ['modernisations', 'modernizations'],
    ],
    ['-yse/-yze', ['analyse', 'analyze'], ['paralysed', 'paralyzed'], ['catalysing', 'catalyzing']],
    ['-ogue/-og', ['catalogue', 'catalog'], ['dialogues', 'dialogs'], ['analogue', 'analog']],
    ['doubled l', ['travelled', 'traveled'], ['counselling', 'counseling'], ['fulfil', 'fulfill']],
    ['-ce/-se and others', ['defence', 'defense'], ['programme', 'program'], ['grey', 'gray']],
  ])('%s', (_class, ...pairs) => {
    for (const [british, american] of pairs) expect(stemWord(british!)).toBe(stemWord(american!))
  })

  it('leaves words whose -ise is their own alone', () => {
    for (const word of [
      'advise',
      'exercise',
      'surprise',
      'praise',
      'otherwise',
      'rise',
      'premises',
      'improvisation',
    ])
      expect(americanSpelling(word)).toBe(word)
  })

  it('finds the same stems in a text, whichever spelling it uses (index and query alike)', () => {
    expect(termsOf('The colour of the centre was analysed by the organisation.')).toBe(
      termsOf('The color of the center was analyzed by the organization.'),
    )
  })
})

describe('English compounds: joined, hyphenated or spaced', () => {
  it.each([
    ['counterterrorism', 'counter-terrorism', 'counter terrorism'],
    ['cooperation', 'co-operation', 'co operation'],
    ['coordinated', 'co-ordinated', 'co ordinated'],
    ['peacekeeping', 'peace-keeping', 'peace keeping'],
    ['cybersecurity', 'cyber-security', 'cyber security'],
  ])('%s, %s and %s have the same stems', (joined, hyphenated, spaced) => {
    expect(stems(joined)).toEqual(stems(spaced))
    expect(stems(hyphenated)).toEqual(stems(spaced))
  })

  it('keeps the parts, so that the word alone finds the compound', () => {
    expect(stems('counterterrorism')).toContain(stemWord('terrorism'))
    expect(stems('co-operation')).toContain(stemWord('operation'))
  })

  it('splits only the compounds it knows', () => {
    for (const word of ['cover', 'counterfeit', 'international', 'cooper', 'coin', 'antique'])
      expect(stems(word)).toEqual([stemWord(word)])
  })

  it('asks for a compound typed in one word, hyphenated or joined, as a phrase; spaced, as words', () => {
    const phrase = [stemWord('counter'), stemWord('terrorism')]
    for (const q of ['counterterrorism', 'counter-terrorism'])
      expect(parseSearchQuery(q)).toEqual({ query: { phrases: [phrase], terms: phrase } })
    expect(parseSearchQuery('counter terrorism')).toEqual({ query: { phrases: [], terms: phrase } })
  })

  it('marks a compound written in one word once in snippets', () => {
    expect(buildSnippet('Talks on counterterrorism began.', stems('counter-terrorism'))).toBe(
      'Talks on <mark>counterterrorism</mark> began.',
    )
  })
})
