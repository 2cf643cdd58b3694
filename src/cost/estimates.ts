/**
 * The numbers a read's cost (./rest-cost.ts, src/graphql/cost-rule.ts) is
 * estimated with before it runs. The unit is one document read: a page of
 * `limit` documents costs `limit` times what one of them costs, and a document
 * costs 1 plus what it populates (relationships, joins). How many documents a
 * hasMany relationship or an array holds is known only after reading, so it is
 * estimated; the per-request budget (./read-budget.ts) counts what is really read.
 */

/** Payload's page size when a read names none (REST and GraphQL lists, joins without a defaultLimit). */
export const DEFAULT_LIMIT = 10

/** What an unbounded read (`limit: 0`, `pagination: false`) counts as: the largest page the API allows. */
export const UNBOUNDED_LIMIT = 1000

/** Documents assumed behind a hasMany relationship, and rows assumed in an array or blocks field. */
export const MANY_ESTIMATE = 2

/** A page size as Payload reads it: none is the default, 0 or no pagination is everything. */
export const pageSize = (limit: unknown, pagination: unknown, fallback = DEFAULT_LIMIT): number => {
  if (pagination === false || pagination === 'false') return UNBOUNDED_LIMIT
  if (limit === undefined || limit === null || limit === '') return fallback
  const value = Number(limit)
  return Number.isFinite(value) && value > 0 ? Math.ceil(value) : UNBOUNDED_LIMIT
}
