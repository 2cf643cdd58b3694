import type {
  CollectionBeforeChangeHook,
  CollectionBeforeValidateHook,
  CollectionSlug,
  Endpoint,
  Where,
} from 'payload'

import { slugify } from '../lib/slugify'

type Sluggable = { _status?: string | null; previousSlugs?: string[] | null; slug?: string | null }

/**
 * A document without a slug gets one from its title (`titleField`) in the
 * language being saved; when that slug is taken in this language, -2, -3, ...
 * is added. A slug an editor types stays as typed (a duplicate is refused by
 * the unique index).
 */
export const generateSlug =
  (titleField: string): CollectionBeforeValidateHook =>
  async ({ collection, data, originalDoc, req }) => {
    const doc = { ...originalDoc, ...data } as Sluggable & Record<string, unknown>
    const title = doc[titleField]
    if (doc.slug?.trim() || typeof title !== 'string' || !title.trim()) return data
    const base = slugify(title)
    if (!base) return data
    const id = (originalDoc as { id?: number | string } | undefined)?.id
    for (let n = 1; ; n++) {
      const slug = n === 1 ? base : `${base}-${n}`
      const where: Where = {
        and: [
          { slug: { equals: slug } },
          ...(id === undefined ? [] : [{ id: { not_equals: id } }]),
        ],
      }
      const { totalDocs } = await req.payload.count({ collection: collection.slug, req, where })
      if (totalDocs === 0) return { ...data, slug }
    }
  }

/**
 * Once a document has been published under a slug, links to it are out in
 * the world: changing the slug keeps the old one in `previousSlugs`, where the
 * by-slug endpoint finds it and answers with a redirect.
 */
export const rememberPublishedSlug: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const before = originalDoc as Sluggable | undefined
  const after = data as Sluggable
  if (
    !before?.slug ||
    before._status !== 'published' ||
    after.slug === undefined ||
    after.slug === before.slug
  ) {
    return data
  }
  const previous = new Set([...(before.previousSlugs ?? []), before.slug])
  previous.delete(after.slug ?? '')
  return { ...data, previousSlugs: [...previous] }
}

/**
 * `GET /api/<collection>/by-slug/:slug?locale=en`: the document with that slug
 * in that language, as the caller may see it; under an old slug, a 301 to the
 * current one. Access is the caller's: the public sees published documents
 * only, and for a retracted one (current or old slug) the workflow's 410 Gone
 * with its notice.
 */
export const bySlugEndpoint = (collection: CollectionSlug): Endpoint => ({
  method: 'get',
  path: '/by-slug/:slug',
  handler: async (req) => {
    const slug = decodeURIComponent(String(req.routeParams?.slug ?? ''))
    const find = (where: Where) =>
      req.payload.find({
        collection,
        depth: 1,
        limit: 1,
        locale: req.locale,
        overrideAccess: false,
        req,
        where,
      })
    const current = await find({ slug: { equals: slug } })
    if (current.docs[0]) return Response.json(current.docs[0])
    const moved = await find({ previousSlugs: { in: [slug] } })
    const target = moved.docs[0] as Sluggable | undefined
    if (target?.slug) {
      const location = `${req.payload.config.routes.api}/${collection}/by-slug/${encodeURIComponent(target.slug)}?locale=${req.locale}`
      return Response.json({ redirect: target.slug }, { headers: { location }, status: 301 })
    }
    // Lists leave retracted documents out; read by id, the workflow answers for them (410 with the notice).
    const unlisted = await req.payload.db.findOne({
      collection,
      locale: req.locale,
      req,
      where: { or: [{ slug: { equals: slug } }, { previousSlugs: { in: [slug] } }] },
    })
    if (unlisted) {
      const doc = await req.payload.findByID({
        collection,
        depth: 1,
        disableErrors: true,
        id: unlisted.id,
        locale: req.locale,
        overrideAccess: false,
        req,
      })
      if (doc) return Response.json(doc)
    }
    return Response.json({ errors: [{ message: req.t('error:notFound') }] }, { status: 404 })
  },
})
