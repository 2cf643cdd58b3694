import { tokenize } from '../lib/stem'

/** How many words a snippet quotes. */
export const SNIPPET_WORDS = 30

const ESCAPES: Record<string, string> = {
  '"': '&quot;',
  '&': '&amp;',
  "'": '&#39;',
  '<': '&lt;',
  '>': '&gt;',
}

export const escapeHtml = (text: string): string => text.replace(/["&'<>]/g, (c) => ESCAPES[c]!)

/**
 * A passage of the original text (never the stems) around the words a search
 * matched, as HTML: the text escaped, each word whose stem is one of `stems`
 * wrapped in `<mark>`, with … where the passage was cut. The window of
 * SNIPPET_WORDS words with the most matches wins; a text without any match
 * gives its opening words.
 */
export const buildSnippet = (
  text: string,
  stems: Iterable<string>,
  words = SNIPPET_WORDS,
): string => {
  const wanted = new Set(stems)
  const tokens = tokenize(text)
  if (tokens.length === 0) return ''
  const hit = tokens.map((token) => wanted.has(token.stem))
  let best = 0
  let bestCount = -1
  let count = 0
  for (let i = 0; i < tokens.length; i++) {
    if (hit[i]) count++
    if (i >= words && hit[i - words]) count--
    const start = Math.max(0, i - words + 1)
    if (count > bestCount) [best, bestCount] = [start, count]
  }
  // Start a few words before the first match of the window, so that it reads in context.
  const firstHit = hit.indexOf(true, best)
  if (firstHit >= 0 && firstHit - best > 5) best = Math.max(0, firstHit - 5)
  const end = Math.min(tokens.length, best + words)
  const from = best === 0 ? 0 : tokens[best]!.start
  const to = end === tokens.length ? text.length : tokens[end - 1]!.end

  let html = ''
  let cursor = from
  for (let i = best; i < end; i++) {
    const token = tokens[i]!
    // The parts of a compound written in one word share its span: marked once.
    if (!hit[i] || token.start < cursor) continue
    html += `${escapeHtml(text.slice(cursor, token.start))}<mark>${escapeHtml(text.slice(token.start, token.end))}</mark>`
    cursor = token.end
  }
  html += escapeHtml(text.slice(cursor, to))
  html = html.replace(/\s+/g, ' ').trim()
  return `${from > 0 ? '… ' : ''}${html}${to < text.length ? ' …' : ''}`
}
