import { Dependencies, documentKey } from './dependencies'
import { parseDataloaderKey } from './payload-dataloader'

/** A load made while a batch's documents were populated: its key, what it gave, what that depends on. */
export type BatchLoads = { dependencies: Dependencies; doc: unknown; key: string }[]

/** Every string and number in a document, at any depth, as text: the ids it shows among them. */
const valuesIn = (value: unknown, into = new Set<string>()): Set<string> => {
  if (typeof value === 'string' || typeof value === 'number') into.add(String(value))
  else if (Array.isArray(value)) for (const item of value) valuesIn(item, into)
  else if (value && typeof value === 'object')
    for (const item of Object.values(value)) valuesIn(item, into)
  return into
}

const idOf = (key: string): string => String(parseDataloaderKey(key).id)

/**
 * What each document of a dataloader batch depends on, so that a change drops
 * the documents it affects and not every one loaded beside them:
 *   - itself, found or not, and what the batch read besides its own
 *     documents (`direct`: lists, keys, other documents, a read it cannot follow);
 *   - each document its population loaded (`loads`), with what that one
 *     depends on. Payload puts a populated document in place of its id, and
 *     keeps the id where it could not load it, so a document shows the id of
 *     every load made for it. A load goes to the documents that show its id
 *     (ids of other collections may show too: more, never less); one shown by
 *     none, or that found nothing, goes to all of them.
 * Documents are `docs[i]` for `keys[i]`, as the batch returned them.
 */
export const documentDependencies = (
  keys: readonly string[],
  docs: readonly unknown[],
  direct: Dependencies,
  loads: BatchLoads,
): Map<string, Dependencies> => {
  const ownKeys = new Set(
    keys.map((key) => documentKey(parseDataloaderKey(key).collection, idOf(key))),
  )
  const shown = docs.map((doc) => valuesIn(doc))
  const result = new Map<string, Dependencies>()
  keys.forEach((key, index) => {
    const dependencies = new Dependencies()
    const { collection, id } = parseDataloaderKey(key)
    dependencies.addDocument(collection, id)
    dependencies.anything = direct.anything
    for (const list of direct.lists) dependencies.addList(list)
    for (const key of direct.keys) dependencies.keys.add(key)
    for (const document of direct.documents)
      if (!ownKeys.has(document)) dependencies.documents.add(document)
    for (const load of loads) {
      const id = idOf(load.key)
      const shownByNone = !load.doc || !shown.some((values) => values.has(id))
      if (shownByNone || shown[index]!.has(id)) dependencies.addAll(load.dependencies)
    }
    result.set(key, dependencies)
  })
  return result
}
