// The compat check over built JavaScript: every API and syntax a chunk uses that one of the baseline's
// engines (.browserslistrc: Chrome/WebView 87, iOS Safari 15.0, current Firefox) lacks, according to MDN's
// browser-compat-data. Heuristic by design, and conservative: a method call `.x(` is reported when every
// built-in or Web API member named x is missing in some baseline engine (a call to `.at(` cannot be told
// apart from Array's, so it needs the polyfill); a global (`structuredClone`, `new CompressionStream`) is
// reported unless it is only tested (`typeof X`, `'X' in window`). Used by tests/unit/app/compat.test.ts.
import bcd from '@mdn/browser-compat-data'
import { parse } from 'acorn'
import { ancestor } from 'acorn-walk'
import type { Family } from './browsers.ts'

type Support = {
  version_added?: string | boolean | null
  flags?: unknown
  prefix?: string
  alternative_name?: string
  version_removed?: string
}
type Compat = { support: Record<string, Support | Support[]> }
type Node = { type: string; [k: string]: unknown }

/** BCD browsers that stand for each family: the phones first (WebView, Chrome for Android, iOS Safari). */
const BROWSERS: Record<Family, string[]> = {
  chrome: ['chrome_android', 'webview_android'],
  safari: ['safari_ios'],
  firefox: ['firefox'],
}

function versionOf(s: Support | Support[] | undefined): number | false {
  const list = s === undefined ? [] : Array.isArray(s) ? s : [s]
  // The first statement without a flag or a prefix (BCD lists the newest first).
  const st = list.find((x) => !x.flags && !x.prefix && !x.alternative_name)
  const v = st?.version_added
  if (v === true) return 0
  if (typeof v !== 'string' || v === 'preview') return false
  return Number.parseFloat(v.replace('≤', ''))
}

/** The baseline engines that lack a feature, e.g. ['chrome_android 87', 'safari_ios 15'] (empty: all have it). */
export function missingIn(compat: Compat | undefined, base: Record<Family, number>): string[] {
  if (!compat) return []
  const out: string[] = []
  for (const [family, browsers] of Object.entries(BROWSERS) as Array<[Family, string[]]>) {
    for (const b of browsers) {
      const v = versionOf(compat.support[b])
      if (v === false || v > base[family]) out.push(`${b} ${base[family]}`)
    }
  }
  return out
}

type Entry = { key: string; compat: Compat }
interface Index {
  /** `Object.hasOwn`, `Navigator.share`: static members and members of a named interface. */
  member: Map<string, Entry>
  /** Every member with a given name of a JavaScript built-in (for `.name(` on an object of unknown type). */
  byName: Map<string, Entry[]>
  /** Globals: constructors, namespaces and functions (`structuredClone`, `CompressionStream`, `Intl`). */
  global: Map<string, Entry>
}

let index: Index | undefined
function bcdIndex(): Index {
  if (index) return index
  const member = new Map<string, Entry>()
  const byName = new Map<string, Entry[]>()
  const global = new Map<string, Entry>()
  const data = bcd as unknown as Record<string, Record<string, Record<string, unknown>>>
  for (const [tree, root] of [
    ['javascript.builtins', data.javascript!.builtins!],
    ['api', data.api!],
  ] as const) {
    for (const [name, node] of Object.entries(root)) {
      const n = node as Record<string, unknown> & { __compat?: Compat }
      if (n.__compat) global.set(name, { key: `${tree}.${name}`, compat: n.__compat })
      for (const [m, sub] of Object.entries(n)) {
        const c = (sub as { __compat?: Compat }).__compat
        if (m === '__compat' || !c || m.includes('_')) continue
        const e = { key: `${tree}.${name}.${m}`, compat: c }
        member.set(`${name}.${m}`, e)
        // Web API member names (run, use, check, build…) collide with the app's own methods: only the
        // built-ins' are matched by name alone; a Web API member is matched through its object (INSTANCES).
        // Static functions of namespaces (Atomics.notify, WebAssembly.validate) are only matched with their object.
        const spec = String((c as { spec_url?: unknown }).spec_url ?? '')
        if (tree === 'javascript.builtins' && /\.prototype\./.test(spec)) byName.set(m, [...(byName.get(m) ?? []), e])
      }
    }
  }
  return (index = { member, byName, global })
}

function feature(path: string): Compat | undefined {
  let n: unknown = bcd
  for (const p of path.split('.')) n = (n as Record<string, unknown> | undefined)?.[p]
  return (n as { __compat?: Compat } | undefined)?.__compat
}

export interface Finding {
  /** What the code uses: `Object.hasOwn`, `.at()`, `structuredClone`, `syntax: lookbehind assertion`. */
  name: string
  /** The BCD feature it was matched to, and where the baseline lacks it. */
  key: string
  missing: string[]
}

/** Names the code may reference without being a browser global (scope-free: declared anywhere in the file). */
function declaredNames(ast: Node): Set<string> {
  const names = new Set<string>()
  ancestor(
    ast as never,
    {
      VariableDeclarator(n: Node) {
        const id = n.id as Node
        if (id.type === 'Identifier') names.add(id.name as string)
      },
      FunctionDeclaration(n: Node) {
        const id = n.id as Node | null
        if (id) names.add(id.name as string)
      },
      ClassDeclaration(n: Node) {
        const id = n.id as Node | null
        if (id) names.add(id.name as string)
      },
      ImportSpecifier(n: Node) {
        names.add((n.local as Node).name as string)
      },
      ImportDefaultSpecifier(n: Node) {
        names.add((n.local as Node).name as string)
      },
      ImportNamespaceSpecifier(n: Node) {
        names.add((n.local as Node).name as string)
      },
    } as never,
  )
  return names
}

const GLOBAL_OBJECTS = new Set(['window', 'self', 'globalThis'])
/** Globals that are instances of a Web API interface: `navigator.share(` is Navigator.share. */
const INSTANCES: Record<string, string> = {
  navigator: 'Navigator',
  document: 'Document',
  crypto: 'Crypto',
  location: 'Location',
  history: 'History',
  performance: 'Performance',
  localStorage: 'Storage',
  caches: 'CacheStorage',
  speechSynthesis: 'SpeechSynthesis',
  screen: 'Screen',
}

/** The name of the function or method the node is in (`toSorted(){return raw(this).toSorted()}` forwards). */
function enclosingName(ancestors: Node[]): string | undefined {
  for (let i = ancestors.length - 2; i >= 0; i--) {
    const a = ancestors[i]!
    if (a.type === 'FunctionDeclaration' || a.type === 'FunctionExpression' || a.type === 'ArrowFunctionExpression') {
      const id = a.id as Node | null
      if (id) return id.name as string
      const p = ancestors[i - 1]
      const key = p && (p.type === 'Property' || p.type === 'MethodDefinition') ? (p.key as Node) : undefined
      return key?.type === 'Identifier' ? (key.name as string) : undefined
    }
  }
  return undefined
}

/** Every use in `code` (one built chunk, an ES module) of something the baseline lacks. */
export function scan(code: string, base: Record<Family, number>): Finding[] {
  const idx = bcdIndex()
  const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as Node
  const declared = declaredNames(ast)
  const found = new Map<string, Finding>()
  const report = (name: string, key: string, compat: Compat | undefined) => {
    const missing = missingIn(compat, base)
    if (missing.length && !found.has(name)) found.set(name, { name, key, missing })
  }
  const syntax = (name: string, key: string) => report(`syntax: ${name}`, key, feature(key))
  /** `typeof X`, `X?.y`, `X?.()`: the code tests for the feature before it uses it. */
  const isGuard = (ancestors: Node[]) => {
    const node = ancestors[ancestors.length - 1]
    const parent = ancestors[ancestors.length - 2]
    if (parent?.type === 'UnaryExpression' && parent.operator === 'typeof') return true
    return (
      (parent?.type === 'MemberExpression' && parent.object === node && parent.optional === true) ||
      (parent?.type === 'CallExpression' && parent.callee === node && parent.optional === true)
    )
  }
  const globalRef = (name: string, ancestors: Node[]) => {
    if (declared.has(name) || isGuard(ancestors)) return
    const e = idx.global.get(name)
    if (e) report(name, e.key, e.compat)
  }
  ancestor(
    ast as never,
    {
      Identifier(n: Node, _s: unknown, ancestors: Node[]) {
        const parent = ancestors[ancestors.length - 2]
        // Only references: not a property name, a key, a declaration, a label.
        if (parent?.type === 'MemberExpression' && parent.property === n && !parent.computed) return
        if (
          (parent?.type === 'Property' ||
            parent?.type === 'PropertyDefinition' ||
            parent?.type === 'MethodDefinition') &&
          parent.key === n
        )
          return
        if (parent && /Declarator|Function|Class|Label|Import|Export|Catch/.test(parent.type)) return
        globalRef(n.name as string, ancestors)
      },
      MemberExpression(n: Node, _s: unknown, ancestors: Node[]) {
        const obj = n.object as Node
        const prop = n.property as Node
        if (n.computed || prop.type !== 'Identifier') return
        const name = prop.name as string
        if (obj.type === 'Identifier' && GLOBAL_OBJECTS.has(obj.name as string) && !declared.has(obj.name as string))
          return globalRef(name, ancestors)
        const iface =
          obj.type === 'Identifier' && !declared.has(obj.name as string) ? INSTANCES[obj.name as string] : undefined
        if (iface) {
          const e = idx.member.get(`${iface}.${name}`)
          if (e && !isGuard(ancestors)) report(`${obj.name as string}.${name}`, e.key, e.compat)
          return
        }
        // `Object.hasOwn`, `Promise.any`: a member of a known global.
        if (obj.type === 'Identifier' && idx.global.has(obj.name as string) && !declared.has(obj.name as string)) {
          const e = idx.member.get(`${obj.name as string}.${name}`)
          if (e && !isGuard(ancestors)) report(`${obj.name as string}.${name}`, e.key, e.compat)
          return
        }
        // `.at(…)`, `.findLast(…)` on anything: reported when no engine-complete member has that name.
        const parent = ancestors[ancestors.length - 2]
        if (parent?.type !== 'CallExpression' || parent.callee !== n) return
        const all = idx.byName.get(name)
        if (!all?.length || enclosingName(ancestors) === name) return
        if (all.every((e) => missingIn(e.compat, base).length > 0)) report(`.${name}()`, all[0]!.key, all[0]!.compat)
      },
      StaticBlock() {
        syntax('class static block', 'javascript.classes.static.initialization_blocks')
      },
      BinaryExpression(n: Node) {
        if (n.operator === 'in' && (n.left as Node).type === 'PrivateIdentifier')
          syntax('#field in obj', 'javascript.classes.private_class_fields_in')
      },
      Literal(n: Node) {
        const re = n.regex as { pattern: string; flags: string } | undefined
        if (!re) return
        if (/\(\?<[=!]/.test(re.pattern))
          syntax('regular expression lookbehind (?<= (?<!', 'javascript.regular_expressions.lookbehind_assertion')
        if (/\(\?[ims]*-?[ims]+:/.test(re.pattern))
          syntax('regular expression modifiers (?i:', 'javascript.regular_expressions.modifier')
        if (re.flags.includes('d')) syntax('regular expression flag d', 'javascript.builtins.RegExp.hasIndices')
        if (re.flags.includes('v')) syntax('regular expression flag v', 'javascript.builtins.RegExp.unicodeSets')
      },
      AwaitExpression(_n: Node, _s: unknown, ancestors: Node[]) {
        if (!ancestors.some((a) => /Function/.test(a.type)))
          syntax('top-level await', 'javascript.operators.await.top_level')
      },
      ChainExpression() {
        syntax('optional chaining ?.', 'javascript.operators.optional_chaining')
      },
      LogicalExpression(n: Node) {
        if (n.operator === '??') syntax('nullish coalescing ??', 'javascript.operators.nullish_coalescing')
      },
      AssignmentExpression(n: Node) {
        if (['&&=', '||=', '??='].includes(n.operator as string))
          syntax('logical assignment', 'javascript.operators.logical_and_assignment')
      },
      PropertyDefinition(n: Node) {
        syntax(
          (n.key as Node).type === 'PrivateIdentifier' ? 'private class field' : 'public class field',
          (n.key as Node).type === 'PrivateIdentifier'
            ? 'javascript.classes.private_class_fields'
            : 'javascript.classes.public_class_fields',
        )
      },
    } as never,
  )
  return [...found.values()]
}
