import { fileURLToPath } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import { VitePWA } from 'vite-plugin-pwa'
import content from './build/vite-plugin-content.ts'
import { buildTarget } from './build/browsers.ts'
import prerender, { SHELL } from './build/vite-plugin-prerender.ts'
// Pictures: only the icons imported from ~icons/… are compiled into components at build time (no request
// leaves the origin). Fluent Emoji Flat © Microsoft, MIT; credited on the About page.
import Icons from 'unplugin-icons/vite'

/**
 * read-excel-file's fflate → src/features/classroom/syncUnzip.ts (synchronous, size-capped unzip): fflate's
 * async unzip starts a `blob:` Worker our CSP refuses, and the read then never ends (issue 23).
 */
const syncUnzipForExcelReader = {
  name: 'kns:sync-unzip-for-read-excel-file',
  enforce: 'pre' as const,
  resolveId(source: string, importer?: string) {
    if (source === 'fflate' && importer && /[\\/]read-excel-file[\\/]/.test(importer))
      return fileURLToPath(new URL('./src/features/classroom/syncUnzip.ts', import.meta.url))
    return null
  },
}

/**
 * Libraries only a teacher's or officer's tool loads (spreadsheets, Word, the QR reader and its polyfill): their
 * chunks go to assets/teacher/, which the service worker does not precache (a student's phone on a thin link
 * would fetch ~300 KB it never runs) but keeps once fetched (runtimeCaching below), like the scanner's .wasm.
 * fflate stays precached: the old phones' CompressionStream polyfill (src/app/deflateRawStream.ts) uses it too.
 */
const TEACHER_ONLY =
  /node_modules[\\/](docx|jsqr|barcode-detector|zxing-wasm|read-excel-file|write-excel-file|nanoid|saxen|unzipper-esm|worker-f)[\\/]|[\\/]syncUnzip\.ts$/
/** Chunks a teacher's tap loads (the lesson plan's .docx writer with the library, each module's lesson plan). */
const TEACHER_ENTRY = /[\\/]report[\\/]export[\\/]docx\.ts$|virtual:content\/plan-/
export const TEACHER_DIR = 'assets/teacher'
/** The list of assets/teacher/ files, fetched by an adult's phone to keep its tools offline (src/pwa/teacherTools). */
export const TEACHER_LIST = 'teacher-tools.json'

/** Writes TEACHER_LIST: the build's teacher-only files, so an adult's phone can fetch them all once online. */
const teacherToolList: Plugin = {
  name: 'kns-teacher-tool-list',
  apply: 'build',
  generateBundle(_, bundle) {
    const files = Object.keys(bundle)
      .filter((f) => f.startsWith(`${TEACHER_DIR}/`))
      .map((f) => `/${f}`)
    this.emitFile({ type: 'asset', fileName: TEACHER_LIST, source: JSON.stringify(files) })
  },
}

const resolve = { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } }

export default defineConfig({
  plugins: [
    syncUnzipForExcelReader,
    teacherToolList,
    content(),
    vue(),
    Icons({ compiler: 'vue3' }),
    // index.html holds the welcome prerendered (a first visit paints from the HTML); shell.html holds none.
    prerender({
      root: fileURLToPath(new URL('.', import.meta.url)),
      plugins: () => [syncUnzipForExcelReader, content(), vue(), Icons({ compiler: 'vue3' })],
      resolve,
    }),
    VitePWA({
      // Registration is done by src/pwa/, which waits for the user before activating an update.
      injectRegister: null,
      registerType: 'prompt',
      includeAssets: ['favicon.svg', 'robots.txt'],
      manifest: {
        id: '/',
        name: 'Kỹ năng số — học kỹ năng số cơ bản',
        short_name: 'Kỹ năng số',
        description:
          'Học 5 kỹ năng số cơ bản, an toàn an ninh mạng và phòng chống lừa đảo trực tuyến — dùng được khi không có mạng.',
        lang: 'vi',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        background_color: '#ffffff',
        theme_color: '#0b5cad',
        categories: ['education'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html}'],
        // index.html (the welcome prerendered for a first visit) is not precached: a returning user's
        // navigations get shell.html, which draws their own first screen with no flash of the welcome.
        globIgnores: [`${TEACHER_DIR}/**`, 'index.html'],
        navigateFallback: `/${SHELL}`,
        cleanupOutdatedCaches: true,
        // Lesson content is precached with the shell: the whole app works offline after one visit.
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        // The QR reader for iOS (1 MB WebAssembly) is kept once a teacher's phone has fetched it, not
        // precached on every student's phone.
        runtimeCaching: [
          {
            // Written out: Workbox copies this function's source into sw.js, where TEACHER_DIR does not exist.
            urlPattern: ({ url }) => url.pathname.startsWith('/assets/teacher/'),
            handler: 'CacheFirst',
            // ignoreVary: the preview/static server answers `Vary: Origin`; a module import sends an Origin header
            // that the page's own fetch (src/pwa/teacherTools.ts) did not, and would otherwise miss the cache.
            options: {
              cacheName: 'kns-teacher-tools',
              expiration: { maxEntries: 30 },
              matchOptions: { ignoreVary: true },
            },
          },
          {
            urlPattern: ({ url }) => url.pathname.endsWith('.wasm'),
            handler: 'CacheFirst',
            options: { cacheName: 'kns-scanner', expiration: { maxEntries: 2 } },
          },
        ],
      },
    }),
  ],
  // Lowering class fields for the baseline (oxc lowers every class feature below ES2022's static blocks): as
  // plain assignments, not a defineProperty helper on every field — the app sets no field a prototype defines.
  resolve,
  // Every component is `<script setup>`: Vue's Options API (data/methods/computed options, mixins) is dropped
  // from the runtime, ~3 KB gz off the first paint.
  define: { __VUE_OPTIONS_API__: false },
  build: {
    // Syntax lowered for the oldest browsers of .browserslistrc (Chrome/WebView 87, iOS 15.0); the APIs they
    // lack are supplied by src/app/polyfills.ts, loaded only by the browsers that need them.
    target: buildTarget(),
    // Class fields lowered for the baseline (oxc lowers every class feature below ES2022's static blocks) as
    // plain assignments, not a defineProperty helper per field: the app sets no field a prototype defines.
    rolldownOptions: {
      transform: { assumptions: { setPublicClassFields: true } },
      output: {
        chunkFileNames: (chunk) =>
          (chunk.moduleIds.length && chunk.moduleIds.every((id) => TEACHER_ONLY.test(id))) ||
          TEACHER_ENTRY.test(chunk.facadeModuleId ?? '')
            ? `${TEACHER_DIR}/[name]-[hash].js`
            : 'assets/[name]-[hash].js',
      },
    },
    // dist/.vite/manifest.json: lets `npm run bench` attribute chunks to routes.
    manifest: true,
    cssCodeSplit: true,
  },
  preview: { port: Number(process.env.PORT || 4173), strictPort: true },
  server: { port: 5173 },
})
