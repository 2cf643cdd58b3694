/**
 * GraphQL validation rules that bound what one request may ask for: how deep
 * a selection nests (through fragments too) and how many aliased fields it
 * has (aliases repeat a costly field many times in one query). Payload runs
 * them with its complexity rule before executing anything; a query over a
 * limit gets a 400 with the reason.
 */
import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql'

const depthOf = (
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  seen: Set<string>,
): number => {
  if (!selectionSet) return 0
  let deepest = 0
  for (const selection of selectionSet.selections) {
    let depth = 0
    if (selection.kind === Kind.FIELD) {
      // Introspection's meta fields (__typename) cost nothing.
      depth = selection.name.value.startsWith('__')
        ? 0
        : 1 + depthOf(selection.selectionSet, fragments, seen)
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      depth = depthOf(selection.selectionSet, fragments, seen)
    } else {
      const name = selection.name.value
      const fragment = fragments[name]
      // A fragment spread inside itself is refused by graphql's own NoFragmentCycles rule.
      if (!fragment || seen.has(name)) continue
      depth = depthOf(fragment.selectionSet, fragments, new Set([...seen, name]))
    }
    deepest = Math.max(deepest, depth)
  }
  return deepest
}

export const maxDepthRule =
  (maxDepth: number): ValidationRule =>
  (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const fragments: Record<string, FragmentDefinitionNode> = {}
      for (const definition of context.getDocument().definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION)
          fragments[definition.name.value] = definition
      }
      const depth = depthOf(operation.selectionSet, fragments, new Set())
      if (depth > maxDepth) {
        context.reportError(
          new GraphQLError(`Query is too deep: ${depth} levels, the limit is ${maxDepth}.`, {
            extensions: { code: 'QUERY_TOO_DEEP' },
            nodes: [operation],
          }),
        )
      }
    },
  })

export const maxAliasesRule =
  (maxAliases: number): ValidationRule =>
  (context: ValidationContext): ASTVisitor => {
    let aliases = 0
    return {
      Document: {
        leave(document) {
          if (aliases > maxAliases) {
            context.reportError(
              new GraphQLError(`Too many aliases: ${aliases}, the limit is ${maxAliases}.`, {
                extensions: { code: 'TOO_MANY_ALIASES' },
                nodes: [document],
              }),
            )
          }
        },
      },
      Field(field) {
        if (field.alias) aliases += 1
      },
    }
  }
