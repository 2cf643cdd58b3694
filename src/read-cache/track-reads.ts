import type { CollectionBeforeOperationHook, SanitizedConfig, Where } from 'payload'

import { slugsIn } from '../config/collection-groups'

import { idsOnly, keysOnly, linkedTo, reachableCollections, throughRelations } from './dependencies'
import { KEY_FIELDS } from './key-fields'
import { readScope } from './read-scope'

/**
 * Notes, before every operation of a read the answer cache takes, what the
 * answer will depend on (./dependencies.ts):
 *   - a find by id, or a find whose where is only "id equals / in" (how
 *     Payload's dataloader populates relations), depends on those documents,
 *     found or not;
 *   - a find or count whose where is only "slug equals / in" (a read by
 *     slug, current or old: ./key-fields.ts) depends on those slugs, found or
 *     not: a change logs the slugs its document had and has (./plugin.ts);
 *   - a find or count whose where holds it to the documents linking to one
 *     document (a join read through GraphQL) depends on that document;
 *   - any other find, count or distinct lists the collection;
 *   - a where or sort through a relation (`author.name`) lists every
 *     collection reachable through relations;
 *   - a join needs nothing more: a change of a document is logged with the
 *     documents it links to, before and after (./plugin.ts), so the join of
 *     a document read depends on that document only;
 *   - a read of a collection whose changes are not logged (not in
 *     `logged`), or any other operation, depends on anything.
 * Installed on every collection.
 */
export const trackReadsHook =
  (logged: ReadonlySet<string>): CollectionBeforeOperationHook =>
  ({ args, collection, operation, req }) => {
    const dependencies = readScope()?.dependencies
    if (!dependencies) return args
    const slug = collection.slug
    const { id, sort, where } = args as {
      id?: number | string
      sort?: unknown
      where?: Where
    }
    const reads = operation === 'read' || operation === 'count' || operation === 'readDistinct'
    if (!reads || !logged.has(slug)) {
      dependencies.anything = true
      return args
    }
    const ids = operation !== 'read' ? null : id !== undefined ? [id] : idsOnly(where)
    const keys = ids ? null : keysOnly(where, KEY_FIELDS)
    const linked = ids || keys ? null : linkedTo(req.payload, slug, where)
    if (ids) for (const one of ids) dependencies.addDocument(slug, one)
    else if (keys) for (const key of keys) dependencies.addKey(slug, key)
    else if (linked) dependencies.addDocument(linked.collection, linked.id)
    else dependencies.addList(slug)
    if (throughRelations(req.payload, slug, where, sort))
      for (const reachable of reachableCollections(req.payload, slug))
        dependencies.addList(reachable)
    return args
  }

/**
 * For reads made below Payload's operations (search reads its own table):
 * the answer under way lists these collections.
 */
export const readsListsOf = (collections: readonly string[]): void => {
  const dependencies = readScope()?.dependencies
  for (const collection of collections) dependencies?.addList(collection)
}

/**
 * Whether the reads behind a path are all noted (by the hooks above, or by
 * search): GraphQL, search, and the REST routes of the collections whose
 * changes are logged (their own endpoints read through Payload's operations).
 * Anything else (globals, other endpoints) depends on anything.
 */
export const readsAreTracked = (pathname: string, config: SanitizedConfig): boolean => {
  const [collection] = pathname.replace(/^\/api\//, '').split('/')
  return (
    pathname === '/api/graphql' ||
    pathname === '/api/search' ||
    (pathname.startsWith('/api/') &&
      slugsIn(config.collections, 'public').includes(collection as never))
  )
}
