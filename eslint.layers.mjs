// The house's import directions (../shared/ARCHITECTURE.md), held by ESLint's own no-restricted-imports:
// an import may only point down the layer list. Each layer names what it must not import; a file matches
// exactly one block (ESLint replaces, not merges, a rule set twice), so the blocks are disjoint globs.
// Cross-folder imports use the '@/' alias; relative imports may not leave their folder's layer.

const pkg = (name, why) => ({ name, message: why })
const PURE = 'domain, exchange and report are pure: no Vue, Pinia, idb or message catalogue. Return a problem kind; the page words it with t().'
const purePackages = ['vue', 'pinia', 'idb', 'vue-router', 'workbox-window'].map((n) => pkg(n, PURE))

const group = (patterns, message) => ({ group: patterns, message })
const UP = (layer, above) => group(above.flatMap((a) => [`@/${a}`, `@/${a}/**`, `**/${a}/**`]), `${layer} may not import from ${above.join(', ')}: imports point down the layers (ARCHITECTURE.md).`)
const I18N = group(['@/i18n', '@/i18n/**'], PURE)
const VIRTUAL = group(['virtual:*'], 'Content is read through content/ or a feature store, not here.')
const PARENT = group(['../**'], 'Leave your folder through the @/ alias, so the layer rule can see where the import goes.')

// Another feature is reached only through its store.ts or its embed/ components (regex: ESLint's gitignore
// patterns cannot re-include a file under an excluded folder).
const SIDEWAYS = {
  regex: '^@/features/[^/]+/(?!store$|embed/[^/]+\\.vue$).+',
  message: 'A feature uses another feature only through its store.ts or its embed/ components; what two features share moves down a layer.',
}

const block = (files, patterns, paths = []) => ({ files, rules: { 'no-restricted-imports': ['error', { paths, patterns }] } })

export const layerRules = [
  block(['src/domain/**'], [UP('domain', ['app', 'features', 'components', 'composables', 'stores', 'pwa', 'db', 'report', 'exchange']), I18N, VIRTUAL, PARENT], purePackages),
  block(['src/exchange/**'], [UP('exchange', ['app', 'features', 'components', 'composables', 'stores', 'pwa', 'db', 'report']), I18N, VIRTUAL, PARENT], purePackages),
  block(['src/report/**'], [UP('report', ['app', 'features', 'components', 'composables', 'stores', 'pwa', 'db']), I18N, VIRTUAL, PARENT], purePackages),
  block(['src/db/**'], [UP('db', ['app', 'features', 'components', 'composables', 'stores', 'pwa', 'report', 'exchange']), I18N, PARENT]),
  block(['src/content/**'], [group(['@/*', '@/**', '!@/content', '!@/content/**'], 'content imports no app code.'), PARENT]),
  block(['src/components/**'], [
    UP('components', ['app', 'features']),
    group(['@/db/*Repo'], 'Components never call a repository: a feature store does, once per user action.'),
    PARENT,
  ]),
  block(['src/composables/**', 'src/stores/**', 'src/pwa/**', 'src/i18n/**'], [UP('shared code', ['app', 'features']), group(['@/db/*Repo'], 'Only feature stores call repositories.'), PARENT]),
  block(['src/features/**'], [
    UP('features', ['app']),
    SIDEWAYS,
    group(['@/db/*Repo'], 'Pages and components never call a repository: the feature store does, once per user action.'),
  ]),
  // A feature's store is the one place that calls repositories.
  block(['src/features/*/store.ts'], [UP('features', ['app']), SIDEWAYS]),
]
