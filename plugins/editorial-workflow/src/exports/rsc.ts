/** The admin's server components, for Payload's import map: `@jusur/editorial-workflow/rsc#Name`. */
export { VersionsView } from '../components/VersionsView'
export { CodeLabelCell, CodeLabelField, NoDiff } from '../components/CodeLabel'
