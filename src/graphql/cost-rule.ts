/**
 * The cost of a GraphQL query, in documents read (src/cost/estimates.ts),
 * computed from the query and the schema before anything runs, and the
 * validation rule that refuses a query over the caller's budget. Payload's own
 * complexity counts fields; this counts what makes a query expensive: a field
 * with a `limit` (a collection, a join, search) multiplies its selection by the
 * page it asks for (Payload's default when none: 10; a join without a limit
 * reads all it joins, counted as the largest page; so does 0 or
 * `pagination: false`), every document in
 * a selection counts one (a relationship many times if it holds many), so
 * depth multiplies, and every alias counts again.
 */
import {
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  type GraphQLNamedType,
  type GraphQLSchema,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
  valueFromASTUntyped,
} from 'graphql'

import type { PayloadRequest } from 'payload'

import type { ReadBudget } from '../settings/security'

import { DEFAULT_LIMIT, MANY_ESTIMATE, pageSize, UNBOUNDED_LIMIT } from '../cost/estimates'
import { COST_MESSAGES } from '../cost/messages'
import { refuseRequest } from '../cost/read-budget'
import { inCallerLanguage } from '../lib/caller-language'
import { isStaff } from '../access'

type Variables = Record<string, unknown> | null | undefined

/** Types whose values are documents: the items of every `docs` list (collections, joins, versions). */
const documentTypesOf = (() => {
  const known = new WeakMap<GraphQLSchema, Set<string>>()
  return (schema: GraphQLSchema): Set<string> => {
    let types = known.get(schema)
    if (types) return types
    types = new Set()
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue
      const docs = type.getFields().docs
      if (docs && isListType(getNullableType(docs.type))) types.add(getNamedType(docs.type).name)
    }
    known.set(schema, types)
    return types
  }
})()

const argument = (field: FieldNode, name: string, variables: Variables): unknown => {
  const node = field.arguments?.find((candidate) => candidate.name.value === name)
  return node ? valueFromASTUntyped(node.value, variables ?? undefined) : undefined
}

/** The cost of one operation, fragments expanded. */
export const operationCost = (
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Variables,
): number => {
  const documentTypes = documentTypesOf(schema)

  // `paged`: the lists directly below are the page a limit asked for, already multiplied.
  const selectionCost = (
    selectionSet: SelectionSetNode | undefined,
    parent: GraphQLNamedType | undefined | null,
    paged: boolean,
    seen: Set<string>,
  ): number => {
    if (!selectionSet || !parent) return 0
    let cost = 0
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parent
        cost += selectionCost(selection.selectionSet, type, paged, seen)
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value
        const fragment = fragments[name]
        // A fragment spread inside itself is refused by graphql's own NoFragmentCycles rule.
        if (!fragment || seen.has(name)) continue
        cost += selectionCost(
          fragment.selectionSet,
          schema.getType(fragment.typeCondition.name.value),
          paged,
          new Set([...seen, name]),
        )
      } else if (selection.selectionSet && (isObjectType(parent) || isInterfaceType(parent))) {
        const definition = parent.getFields()[selection.name.value]
        if (!definition) continue
        const type = getNamedType(definition.type)
        if (definition.args.some((arg) => arg.name === 'limit')) {
          // Payload's GraphQL join resolver reads every joined document when no limit is given (it asks for limit 0).
          const isJoin =
            (definition.extensions as { field?: { type?: string } } | undefined)?.field?.type ===
            'join'
          const page = pageSize(
            argument(selection, 'limit', variables),
            argument(selection, 'pagination', variables),
            isJoin ? UNBOUNDED_LIMIT : DEFAULT_LIMIT,
          )
          // The read itself, then its page of whatever it selects.
          cost += 1 + page * selectionCost(selection.selectionSet, type, true, seen)
          continue
        }
        const list = isListType(getNullableType(definition.type))
        const each =
          (documentTypes.has(type.name) || (paged && list) ? 1 : 0) +
          selectionCost(selection.selectionSet, type, false, seen)
        cost += (list && !paged ? MANY_ESTIMATE : 1) * each
      }
    }
    return cost
  }

  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType()
  return selectionCost(operation.selectionSet, root, false, new Set())
}

/**
 * Refuses (a 400 before execution, with `message` as its reason) a query whose
 * operation costs more than `budget`, as the rule's caller decides it for who asks.
 * graphql-http answers validation errors with a 200 to JSON clients; the request's
 * budget (src/cost/read-budget.ts) makes it the 400 it is.
 */
export const costRule =
  (
    budget: number,
    variables: Variables,
    message: (cost: number, budget: number) => string,
  ): ValidationRule =>
  (context) => ({
    Document(document) {
      const fragments: Record<string, FragmentDefinitionNode> = {}
      for (const definition of document.definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION)
          fragments[definition.name.value] = definition
      }
      for (const definition of document.definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION) continue
        const cost = operationCost(context.getSchema(), definition, fragments, variables)
        if (cost > budget) {
          refuseRequest(400)
          context.reportError(
            new GraphQLError(message(cost, budget), {
              extensions: { code: 'QUERY_TOO_COSTLY', cost, budget },
              nodes: [definition],
            }),
          )
        }
      }
    },
  })

/**
 * The cost rule for one request, as Payload's `graphQL.validationRules` gets
 * it: the request (with the user Payload verified) is in the context, so the
 * budget is the anonymous one unless Payload found a staff member; the message is in
 * the caller's language.
 */
export const callerCostRule = (
  args: { contextValue?: unknown; variableValues?: Variables },
  budget: ReadBudget,
): ValidationRule => {
  const req = (args.contextValue as { req?: PayloadRequest } | undefined)?.req
  const limit = isStaff(req?.user) ? budget.staffCost : budget.anonymousCost
  return costRule(limit, args.variableValues, (cost) =>
    inCallerLanguage(req, COST_MESSAGES.tooCostly(cost, limit)),
  )
}
