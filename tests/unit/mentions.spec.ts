import { describe, expect, it } from '@jest/globals'

import { slugsIn } from '../../src/config/collection-groups'
import { COLLECTIONS } from '../../src/config/collections'
import { mentionsIn } from '../../src/hooks/collect-mentions'
import { paragraphsToLexical } from '../../src/seed/lexical'

const LINKABLE_COLLECTIONS = slugsIn(COLLECTIONS, 'linkable')

const resolve = (relationTo: string, key: string) => ({ relationTo, value: Number(key) })

describe('inline links in a Lexical body', () => {
  it('are found wherever they are nested', () => {
    const body = paragraphsToLexical(
      ['قابل [[الوزير|people:7]] نظيره من [[الصين|countries:3]].', 'بلا روابط.'],
      'rtl',
      resolve,
    )
    expect(mentionsIn(body.root as never, LINKABLE_COLLECTIONS)).toEqual([
      { relationTo: 'people', value: 7 },
      { relationTo: 'countries', value: 3 },
    ])
  })

  it('include relationship blocks and populated link targets', () => {
    const root = {
      children: [
        { relationTo: 'events', type: 'relationship', value: { id: 12, title: 'x' } },
        {
          children: [
            {
              fields: { doc: { relationTo: 'agreements', value: { id: 4 } }, linkType: 'internal' },
              type: 'link',
            },
          ],
          type: 'paragraph',
        },
      ],
      type: 'root',
    }
    expect(mentionsIn(root, LINKABLE_COLLECTIONS)).toEqual([
      { relationTo: 'events', value: 12 },
      { relationTo: 'agreements', value: 4 },
    ])
  })

  it('ignore external links and collections that cannot be linked', () => {
    const root = {
      children: [
        { fields: { linkType: 'custom', url: 'https://example.org' }, type: 'link' },
        { fields: { doc: { relationTo: 'users', value: 1 }, linkType: 'internal' }, type: 'link' },
      ],
      type: 'root',
    }
    expect(mentionsIn(root, LINKABLE_COLLECTIONS)).toEqual([])
  })
})
