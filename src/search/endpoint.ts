import type { Endpoint } from 'payload'

import { inCallerLanguage } from '../lib/caller-language'
import { search, SearchRefused } from './service'

/**
 * `GET /api/search?q=&locale=&collections=&limit=&page=&topic=&country=&from=&to=&drafts=`:
 * published documents for everybody; `drafts=true` (staff only, 403 otherwise)
 * searches the latest drafts instead.
 */
export const searchEndpoint: Endpoint = {
  method: 'get',
  path: '/search',
  handler: async (req) => {
    const params = req.searchParams
    const all = (name: string) => params.getAll(name)
    try {
      const results = await search(req, {
        collections: all('collections'),
        country: all('country'),
        drafts: params.get('drafts'),
        from: params.get('from'),
        limit: params.get('limit'),
        locale: params.get('locale'),
        page: params.get('page'),
        q: params.get('q') ?? '',
        to: params.get('to'),
        topic: all('topic'),
      })
      return Response.json(results)
    } catch (error) {
      if (!(error instanceof SearchRefused)) throw error
      return Response.json(
        { errors: [{ message: inCallerLanguage(req, error.text) }] },
        { status: error.status },
      )
    }
  },
}
