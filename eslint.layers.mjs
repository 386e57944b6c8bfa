// The house's import directions (../shared/ARCHITECTURE.md): an import may only point down the layer list.
// They are judged by the FILE an import resolves to (eslint-plugin-import-x's no-restricted-paths with the
// TypeScript resolver), so every form is seen: static, `import()`, `export … from`, relative or `@/`, with or
// without an extension. What has no file — packages a pure layer must not touch, `virtual:` content modules,
// `~icons/` — is judged by its name (no-restricted-imports). An import that resolves to nothing is an error, so
// nothing slips past by not resolving.
import fs from 'node:fs'
import path from 'node:path'
import importX from 'eslint-plugin-import-x'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'

const root = path.dirname(new URL(import.meta.url).pathname)
const src = (p) => path.join(root, 'src', p)
const under = (...layers) => layers.map((l) => src(`${l}/**`))
const PURE =
  'domain, exchange and report are pure: no Vue, Pinia, idb, service worker, icons or message catalogue. Return a problem kind; the page words it with t().'
const UP = (layer) => `${layer} may not import this: imports point down the layers (ARCHITECTURE.md).`
/** The one file of db/ that is not a repository or the connection: the storage error a page may explain. */
const DB_ERRORS = src('db/@(errors).ts')

/** Every feature folder, read when the lint starts: a new feature is covered without an edit here. */
const features = fs
  .readdirSync(src('features'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)

const zone = (target, from, message, except) => ({ target, from, message, ...(except ? { except } : {}) })
/** Files of a feature that are not its store: pages, private components, helpers. */
const featureNonStore = [src('features/**/*.vue'), src('features/*/**/!(store).ts')]

const zones = [
  zone(
    src('domain/**'),
    under('app', 'features', 'components', 'composables', 'stores', 'pwa', 'db', 'report', 'exchange', 'i18n'),
    UP('domain'),
  ),
  zone(
    src('exchange/**'),
    under('app', 'features', 'components', 'composables', 'stores', 'pwa', 'db', 'report', 'i18n'),
    UP('exchange'),
  ),
  zone(
    src('report/**'),
    under('app', 'features', 'components', 'composables', 'stores', 'pwa', 'db', 'i18n'),
    UP('report'),
  ),
  zone(
    src('db/**'),
    under('app', 'features', 'components', 'composables', 'stores', 'pwa', 'report', 'exchange', 'i18n'),
    'db knows no feature and no codec: it imports domain types only.',
  ),
  zone(
    src('content/**'),
    under(
      'app',
      'features',
      'components',
      'composables',
      'stores',
      'pwa',
      'db',
      'report',
      'exchange',
      'domain',
      'i18n',
      'styles',
    ),
    'content imports no app code.',
  ),
  zone(src('components/**'), under('app', 'features'), 'Shared components know no feature and no feature store.'),
  zone(
    [src('components/**'), src('composables/**'), src('pwa/**'), src('i18n/**'), ...featureNonStore],
    src('db/**'),
    'Pages, components and composables never touch the database: the store does, once per user action.',
    [DB_ERRORS],
  ),
  zone(
    [src('composables/**'), src('stores/**'), src('pwa/**'), src('i18n/**')],
    under('app', 'features'),
    UP('shared code'),
  ),
  zone(src('features/**'), under('app'), UP('features')),
  // Another feature is reached only through its store.ts or its embed/ components.
  ...features.map((f) =>
    zone(
      src(`features/${f}/**`),
      features.filter((o) => o !== f).map((o) => src(`features/${o}/**`)),
      'A feature uses another feature only through its store.ts or its embed/ components; what two features share moves down a layer.',
      [src('features/*/store.ts'), src('features/*/embed/*.vue')],
    ),
  ),
]

const pkg = (name, why) => ({ name, message: why })
const purePackages = [
  'vue',
  'pinia',
  'idb',
  'vue-router',
  'workbox-window',
  'virtual:pwa-register',
  'virtual:pwa-register/vue',
].map((n) => pkg(n, PURE))
const group = (patterns, message) => ({ group: patterns, message })
const ICONS = group(['~icons/*', '~icons/**'], PURE)
const VIRTUAL = group(['virtual:*'], 'Content is read through content/ or a feature store, not here.')
const TS_EXT = {
  regex: '\\.ts$',
  message: 'Import without the .ts extension (only content/, which Node also reads at build time, writes it).',
}

const names = (files, patterns, paths = []) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { paths, patterns }] },
})

export const layerRules = [
  {
    files: ['src/**/*.{ts,vue}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: path.join(root, 'tsconfig.json') })],
      'import-x/extensions': ['.ts', '.vue', '.js', '.mjs'],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones }],
      // `virtual:` and `~icons/` are made by Vite plugins, `?url` by Vite: everything else must resolve.
      'import-x/no-unresolved': ['error', { ignore: ['^virtual:', '^~icons/', '\\?url$'] }],
    },
  },
  names(['src/domain/**', 'src/exchange/**', 'src/report/**'], [ICONS, VIRTUAL, TS_EXT], purePackages),
  names(
    ['src/db/**'],
    [TS_EXT, VIRTUAL],
    ['vue', 'pinia', 'vue-router'].map((n) =>
      pkg(n, 'db knows no Vue: a plain copy (index.ts plain) is what IndexedDB is handed.'),
    ),
  ),
  names(
    [
      'src/components/**',
      'src/composables/**',
      'src/stores/**',
      'src/pwa/**',
      'src/i18n/**',
      'src/features/**',
      'src/app/**',
    ],
    [TS_EXT],
  ),
]
