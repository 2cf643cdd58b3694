import crypto from 'node:crypto'

import { parseSearchQuery } from './query'
import { termsOf } from './rows'

/**
 * What the index stores beside the stems, by version: bump it when what a
 * store writes for a row changes (a new column, another key format), so that
 * indexes written before are rebuilt at start.
 */
const INDEX_FORMAT = 2

/**
 * Texts that go through every rule of the analyzer: Arabic normalization and
 * light stemming, digits, English stemming, British and American spellings,
 * -ise/-ize, compounds joined, hyphenated and spaced, `co-` forms. A change to
 * any rule changes the stems of some of them, so nobody has to remember to
 * bump a number when the analyzer changes.
 */
const PROBES = [
  'وزير الداخلية يستقبل وفداً من الصين لبحث التعاون الأمنى',
  'الأكاديمية والإكاديمية، الشرطه والشرطة، مُسْتَشار، الشـــرطة، دورات تدريبية ٢٠٢٤',
  'والصين بالمصرية فالتعاون للأمن كالمعتاد الهجره غير النظاميه',
  "The Minister's visits: partnerships widening, visited, visiting",
  'colour color labour centre theatre organised organisation civilisation modernization',
  'analysed catalogue travelled defence programme advise exercise surprise otherwise',
  'counter-terrorism counterterrorism counter terrorism co-operation cooperation co operation',
  'peacekeeping peace-keeping cybersecurity cyber security cover counterfeit international',
  '"organized crime" AND border OR security NOT 2025 NEAR',
]

/**
 * The analyzer's fingerprint: a hash of the index format and of what the
 * analyzer makes of the probes, as stored text and as a parsed query.
 */
export const analyzerVersion = (): string =>
  crypto
    .createHash('sha256')
    .update(
      JSON.stringify({
        format: INDEX_FORMAT,
        queries: PROBES.map((probe) => parseSearchQuery(probe)),
        terms: PROBES.map((probe) => termsOf(probe)),
      }),
    )
    .digest('hex')
    .slice(0, 16)
