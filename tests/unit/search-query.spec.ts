import { describe, expect, it } from '@jest/globals'

import { MAX_QUERY_LENGTH, parseSearchQuery } from '../../src/search/query'

const parsed = (q: string) => {
  const result = parseSearchQuery(q)
  if ('problem' in result) throw new Error(`refused: ${result.problem}`)
  return result.query
}

describe('parseSearchQuery', () => {
  it('stems every word, in order', () => {
    expect(parsed('التعاون الأمنى مع الصين')).toEqual({
      phrases: [],
      terms: ['تعا', 'امن', 'مع', 'صين'],
    })
    expect(parsed('Security partnerships')).toEqual({
      phrases: [],
      terms: ['secur', 'partnership'],
    })
  })

  it.each([
    ['الأمنى', 'الأمني'],
    ['أكاديمية', 'اكاديميه'],
    ['مُسْتَشار', 'مستشار'],
    ['الشـــرطة', 'الشرطه'],
    ['٢٠٢٤', '2024'],
    ['۲۰۲۴', '2024'],
    ['\u200Fمصر\u200E', 'مصر'],
  ])('reads %s as %s', (variant, plain) => {
    expect(parsed(variant)).toEqual(parsed(plain))
  })

  it('reads quoted words as a phrase, in any quotes', () => {
    expect(parsed('"security partnership" china')).toEqual({
      phrases: [['secur', 'partnership']],
      terms: ['secur', 'partnership', 'china'],
    })
    expect(parsed('«التعاون الأمني» بكين').phrases).toEqual([['تعا', 'امن']])
    expect(parsed('“police academy”').phrases).toEqual([['polic', 'academi']])
    // One quoted word is just a word; an unbalanced quote is punctuation.
    expect(parsed('"egypt"')).toEqual({ phrases: [], terms: ['egypt'] })
    expect(parsed('"egypt china')).toEqual({ phrases: [], terms: ['egypt', 'china'] })
  })

  it('drops search-engine operators but keeps the words around them', () => {
    expect(parsed('egypt OR china NOT italy')).toEqual({
      phrases: [],
      terms: ['egypt', 'china', 'itali'],
    })
    expect(parsed('NEAR(egypt china, 2)').terms).toEqual(['egypt', 'china', '2'])
    // Lower-case "or" and "not" are English words.
    expect(parsed('or not').terms).toEqual(['or', 'not'])
  })

  it.each([
    ['', 'empty'],
    ['   \n\t', 'empty'],
    ['ا'.repeat(MAX_QUERY_LENGTH + 1), 'too-long'],
    ['OR AND NOT NEAR', 'no-words'],
    ['* - + ( ) " \' \\ ; -- /* */', 'no-words'],
    ['«» ؟ ، ـــ', 'no-words'],
    ['\u064E\u0650\u0651', 'no-words'],
  ])('refuses %j: %s', (q, problem) => {
    expect(parseSearchQuery(q)).toEqual({ problem })
  })

  it('accepts exactly MAX_QUERY_LENGTH characters', () => {
    expect('query' in parseSearchQuery('ا'.repeat(MAX_QUERY_LENGTH))).toBe(true)
  })
})
