import type { CodeKind, CodeLabelProps } from './components/CodeLabel'
import type { ResolvedOptions } from './types'

/**
 * The admin settings of a field the plugin stores a code in (a collection's
 * slug, a state's or a transition's name, a language code) or a text per
 * language: lists and the edit view show it by its name in the admin's
 * language (./components/CodeLabel.tsx), never the code. `options` names
 * states and transitions.
 */
export const shownByName = (
  kind: CodeKind,
  options?: ResolvedOptions,
): { components: Record<'Cell' | 'Field', { path: string; serverProps: CodeLabelProps }> } => {
  const serverProps: CodeLabelProps = { kind, options }
  return {
    components: {
      Cell: { path: '@jusur/editorial-workflow/rsc#CodeLabelCell', serverProps },
      Field: { path: '@jusur/editorial-workflow/rsc#CodeLabelField', serverProps },
    },
  }
}
