import { describe, expect, it } from '@jest/globals'

import { buildSnippet, escapeHtml } from '../../src/search/snippet'
import { stemWord } from '../../src/lib/stem'

const stems = (...words: string[]) => words.map(stemWord)

describe('buildSnippet', () => {
  it('marks the original words whose stems match, whatever their spelling', () => {
    expect(
      buildSnippet(
        'وقّع البلدان بروتوكولًا لتعزيز التعاون الأمنى مع الصين.',
        stems('الأمني', 'الصين'),
      ),
    ).toBe('وقّع البلدان بروتوكولًا لتعزيز التعاون <mark>الأمنى</mark> مع <mark>الصين</mark>.')
    expect(buildSnippet('The minister visited Beijing; the visits continue.', stems('visit'))).toBe(
      'The minister <mark>visited</mark> Beijing; the <mark>visits</mark> continue.',
    )
  })

  it('quotes the window with the most matches, with … where it cuts', () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`)
    words[70] = 'okapi'
    words[72] = 'okapi'
    const snippet = buildSnippet(words.join(' '), ['okapi'], 10)
    expect(snippet).toBe(
      '… w65 w66 w67 w68 w69 <mark>okapi</mark> w71 <mark>okapi</mark> w73 w74 …',
    )
  })

  it('opens the text when nothing matches, and gives nothing for no text', () => {
    expect(buildSnippet('one two three four', ['zzz'], 2)).toBe('one two …')
    expect(buildSnippet('', ['zzz'])).toBe('')
  })

  it('escapes the text around and inside the marks', () => {
    expect(buildSnippet('<b>Egypt</b> & "China"', stems('china'))).toBe(
      '&lt;b&gt;Egypt&lt;/b&gt; &amp; &quot;<mark>China</mark>&quot;',
    )
    expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;')
  })

  it('keeps diacritics and tatweel of the original inside the mark', () => {
    expect(buildSnippet('قال المُستشـار', stems('مستشار'))).toBe('قال <mark>المُستشـار</mark>')
  })
})
