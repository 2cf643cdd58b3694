/**
 * The floor: the page of bench/queries.ts (20 published articles in Arabic,
 * relations two levels deep, only published reports among them) read with one
 * hand-written SQL query that builds the JSON in the database. Nothing can
 * answer that page faster through the same driver; the read benchmarks report
 * how far Payload and Jusur are above it.
 */
type Dialect = 'postgres' | 'sqlite'

const LOCALE = `'ar'`

/** JSON building blocks of each database: an object, an array aggregate (empty array when no rows), a nested value. */
const json = {
  postgres: {
    array: (value: string) => `COALESCE(json_agg(${value}), '[]'::json)`,
    nested: (value: string) => value,
    object: 'json_build_object',
  },
  sqlite: {
    array: (value: string) => `json_group_array(${value})`,
    nested: (value: string) => `json(${value})`,
    object: 'json_object',
  },
}

export const articlePageSql = (dialect: Dialect, limit: number): string => {
  const { array, nested, object } = json[dialect]
  const sub = (sql: string) => nested(`(${sql})`)
  const named = (table: string, alias: string) =>
    `(SELECT ${object}('id', n.id, 'name', nl.name) FROM ${table} n JOIN ${table}_locales nl ON nl._parent_id = n.id AND nl._locale = ${LOCALE} WHERE n.id = ${alias})`
  /** Related rows of a `*_rels` table, in their stored order, published ones only where the target has drafts. */
  const related = (
    owner: string,
    ownerAlias: string,
    path: string,
    target: string,
    fields: string,
    published: boolean,
  ) =>
    sub(`SELECT ${array(`${nested('t.v')}`)} FROM (
      SELECT ${object}(${fields}) AS v FROM ${owner}_rels r
      JOIN ${target} x ON x.id = r.${target}_id
      JOIN ${target}_locales xl ON xl._parent_id = x.id AND xl._locale = ${LOCALE}
      WHERE r.parent_id = ${ownerAlias}.id AND r.path = '${path}'${published ? ` AND x._status = 'published'` : ''}
      ORDER BY r."order") t`)

  const event = `'id', x.id, 'title', xl.title, 'slug', xl.slug, 'kind', x.kind,
    'location', ${object}('country', ${sub(named('countries', 'x.location_country_id'))}),
    'participants', ${sub(`SELECT ${array(nested('p.v'))} FROM (SELECT ${object}('id', pp.id, 'name', ppl.name) AS v FROM events_rels er
      JOIN people pp ON pp.id = er.people_id JOIN people_locales ppl ON ppl._parent_id = pp.id AND ppl._locale = ${LOCALE}
      WHERE er.parent_id = x.id AND er.path = 'participants' ORDER BY er."order") p`)},
    'delegations', ${sub(`SELECT ${array(nested('d.v'))} FROM (SELECT ${object}('id', dd.id, 'name', ddl.name, 'slug', ddl.slug) AS v FROM events_rels er
      JOIN delegations dd ON dd.id = er.delegations_id JOIN delegations_locales ddl ON ddl._parent_id = dd.id AND ddl._locale = ${LOCALE}
      WHERE er.parent_id = x.id AND er.path = 'delegations' AND dd._status = 'published' ORDER BY er."order") d`)},
    'agreements', ${sub(`SELECT ${array(nested('g.v'))} FROM (SELECT ${object}('id', gg.id, 'title', ggl.title, 'slug', ggl.slug) AS v FROM events_rels er
      JOIN agreements gg ON gg.id = er.agreements_id JOIN agreements_locales ggl ON ggl._parent_id = gg.id AND ggl._locale = ${LOCALE}
      WHERE er.parent_id = x.id AND er.path = 'agreements' AND gg._status = 'published' ORDER BY er."order") g`)}`
  const agreement = `'id', x.id, 'title', xl.title, 'slug', xl.slug, 'kind', x.kind, 'status', x.status,
    'parties', ${sub(`SELECT ${array(nested('q.v'))} FROM (SELECT ${object}('country', ${sub(named('countries', 'ap.country_id'))}, 'signatory', ${sub(named('people', 'ap.signatory_id'))}) AS v
      FROM agreements_parties ap WHERE ap._parent_id = x.id ORDER BY ap._order) q`)}`

  // The 20 ids first: building the JSON of every published article before sorting would be no floor.
  return `WITH chosen AS (
    SELECT id, published_at FROM articles WHERE _status = 'published' ORDER BY published_at DESC LIMIT ${limit}
  )
  SELECT ${array(nested('page.article'))} AS page FROM (
    SELECT ${object}(
      'id', a.id, 'title', al.title, 'slug', al.slug, 'summary', al.summary, 'publishedAt', a.published_at,
      'topics', ${related('articles', 'a', 'topics', 'topics', `'id', x.id, 'name', xl.name`, false)},
      'countries', ${related('articles', 'a', 'countries', 'countries', `'id', x.id, 'name', xl.name`, false)},
      'people', ${related('articles', 'a', 'people', 'people', `'id', x.id, 'name', xl.name, 'country', ${sub(named('countries', 'x.country_id'))}`, false)},
      'agreements', ${related('articles', 'a', 'agreements', 'agreements', agreement, true)},
      'delegations', ${related('articles', 'a', 'delegations', 'delegations', `'id', x.id, 'name', xl.name, 'slug', xl.slug, 'representedCountry', ${sub(named('countries', 'x.represented_country_id'))}`, true)},
      'events', ${related('articles', 'a', 'events', 'events', event, true)}
    ) AS article
    FROM chosen a JOIN articles_locales al ON al._parent_id = a.id AND al._locale = ${LOCALE}
    ORDER BY a.published_at DESC
  ) page`
}
