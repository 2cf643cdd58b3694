import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

/**
 * The layers of src/, read from the import statements:
 * - src/lib: pure helpers (text, dates, languages); they import only each other,
 *   Node and npm packages, and Payload only for its types;
 * - src/settings: what the environment sets, as plain values; lib and settings only;
 * - src/config/jusur-config.ts: the assembly, which imports the features; only
 *   src/config and payload.config.ts import it (tests, bench and scripts may too);
 *   the collection list beside it (collections.ts) has two known readers left;
 * - plugins/: standalone Payload plugins, which import nothing of the app.
 */

const root = path.resolve(import.meta.dirname, '../..')
const ASSEMBLY = ['src/config/jusur-config.ts']
const SOURCE_DIRS = ['src', 'collections', 'plugins']
const PAYLOAD_RUNTIME = /^(payload|@payloadcms\/.*)(\/.*)?$/
const RESOLVED_EXTENSIONS = ['', '.ts', '.tsx', '.js', '/index.ts', '/index.tsx']

type Edge = {
  from: string
  /** The repository path of a relative import, or the specifier of a package. */
  to: string
  relative: boolean
  typeOnly: boolean
}

const sourceFiles = (): string[] =>
  SOURCE_DIRS.flatMap((dir) =>
    fs
      .readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file) && !file.split(path.sep).includes('node_modules'))
      .map((file) => path.join(dir, file).split(path.sep).join('/')),
  )

const resolveRelative = (from: string, specifier: string): string => {
  const base = path.join(path.dirname(path.join(root, from)), specifier)
  const found = RESOLVED_EXTENSIONS.map((extension) => base + extension).find(
    (candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile(),
  )
  if (!found) throw new Error(`${from} imports ${specifier}, which does not exist`)
  return path.relative(root, found).split(path.sep).join('/')
}

/** Every import of `file`: static, re-exports, dynamic `import()`. */
const importsOf = (file: string): Edge[] => {
  const source = ts.createSourceFile(
    file,
    fs.readFileSync(path.join(root, file), 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  )
  const edges: Edge[] = []
  const add = (specifier: string, typeOnly: boolean) => {
    const relative = specifier.startsWith('.')
    edges.push({
      from: file,
      relative,
      to: relative ? resolveRelative(file, specifier) : specifier,
      typeOnly,
    })
  }
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause
      const typeOnly =
        !!clause &&
        (clause.isTypeOnly ||
          (!clause.name &&
            !!clause.namedBindings &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.every((element) => element.isTypeOnly)))
      add(node.moduleSpecifier.text, typeOnly)
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      add(node.moduleSpecifier.text, node.isTypeOnly)
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      add(node.arguments[0].text, false)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return edges
}

const edges = sourceFiles().flatMap(importsOf)
const within = (folder: string) => (file: string) => file.startsWith(`${folder}/`)
const isLib = within('src/lib')
const isSettings = within('src/settings')
const shown = (offending: Edge[]): string[] =>
  offending.map((edge) => `${edge.from} -> ${edge.to}${edge.typeOnly ? ' (types)' : ''}`)

describe('the layers of src/', () => {
  it('are read from real imports', () => {
    // Guards the reader: were it to miss imports, every rule below would pass.
    expect(shown(edges)).toEqual(
      expect.arrayContaining([
        'src/config/jusur-config.ts -> src/settings/security.ts',
        'src/lib/slugify.ts -> src/lib/normalize.ts',
        'src/lib/caller-language.ts -> payload (types)',
        'src/server/main.ts -> @payload-config',
      ]),
    )
  })

  it('src/lib imports only src/lib, Node, npm packages, and Payload only for types', () => {
    const offending = edges.filter(
      (edge) =>
        isLib(edge.from) &&
        (edge.relative
          ? !isLib(edge.to)
          : edge.to.startsWith('@payload-config') ||
            edge.to.startsWith('@jusur/') ||
            (PAYLOAD_RUNTIME.test(edge.to) && !edge.typeOnly)),
    )
    expect(shown(offending)).toEqual([])
  })

  it('src/settings imports only src/settings and src/lib', () => {
    const offending = edges.filter(
      (edge) =>
        isSettings(edge.from) &&
        (edge.relative
          ? !isSettings(edge.to) && !isLib(edge.to)
          : edge.to.startsWith('@payload-config') || edge.to.startsWith('@jusur/')),
    )
    expect(shown(offending)).toEqual([])
  })

  it('only src/config imports the assembly', () => {
    const offending = edges.filter(
      (edge) => ASSEMBLY.includes(edge.to) && !within('src/config')(edge.from),
    )
    expect(shown(offending)).toEqual([])
  })

  it('outside src/config, only the editorial workflow and search read the collection list', () => {
    // They derive their collections from it when loaded (REPORT_COLLECTIONS, SEARCH_SOURCES);
    // reading them from the sanitized config instead would free the features from the assembly.
    const readers = edges
      .filter((edge) => edge.to === 'src/config/collections.ts' && !within('src/config')(edge.from))
      .map((edge) => edge.from)
    expect(readers.sort()).toEqual(['src/editorial/workflow.ts', 'src/search/sources.ts'])
  })

  it('plugins import nothing of the app', () => {
    const pluginOf = (file: string) => file.split('/').slice(0, 2).join('/')
    const offending = edges.filter(
      (edge) =>
        within('plugins')(edge.from) &&
        (edge.relative
          ? !within(pluginOf(edge.from))(edge.to)
          : edge.to.startsWith('@payload-config')),
    )
    expect(shown(offending)).toEqual([])
  })
})
