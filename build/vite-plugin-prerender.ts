// Paints a first visit from the HTML (issue 25). After the client build has produced index.html, this plugin
//   1. keeps that page as shell.html: the app with nothing drawn (it preloads Home), what the service worker
//      serves a returning user for every navigation (no flash of the welcome snapshot);
//   2. builds src/app/prerender.ts for Node (a Vite SSR build), renders the welcome — the first screen every
//      newcomer sees, from `/` or from an invite — and puts it into index.html's #app (data-ssr), which
//      src/app/main.ts hydrates;
//   3. inlines the CSS that screen needs (the entry's and the welcome route's) instead of the render-blocking
//      stylesheet, preloads the welcome route's modules and stylesheets, and inlines src/app/inline/early.js
//      (queues taps until hydration) with its hash added to the page's Content-Security-Policy.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { OutputAsset, OutputBundle, OutputChunk } from 'rolldown'
import type { Plugin, PluginOption, UserConfig } from 'vite'

export const SHELL = 'shell.html'
const WELCOME = 'src/features/onboarding/WelcomePage.vue'
const HOME = 'src/features/home/HomePage.vue'
/** Loaded by the welcome when a teacher ticks the role, never for an invite (an invite hides it). */
const TEACHER_FORM = 'src/features/classroom/embed/TeacherClassForm.vue'
/** The welcome's strings: its route loads them with the page (src/features/onboarding/routes.ts). */
const WELCOME_STRINGS = 'src/i18n/vi-welcome.ts'
/** The navigation, drawn on a returning user's first screen but loaded after the entry (src/app/App.vue). */
const NAV = 'src/app/TheNav.vue'

/** The chunk of `id` and every chunk it imports statically, entry first. */
function closure(bundle: OutputBundle, first: OutputChunk): OutputChunk[] {
  const seen = new Map<string, OutputChunk>()
  const visit = (c: OutputChunk): void => {
    if (seen.has(c.fileName)) return
    seen.set(c.fileName, c)
    for (const f of c.imports) {
      const next = bundle[f]
      if (next?.type === 'chunk') visit(next)
    }
  }
  visit(first)
  return [...seen.values()]
}

const cssOf = (chunks: OutputChunk[]): string[] => [
  ...new Set(
    chunks.flatMap((c) => [
      ...((c as { viteMetadata?: { importedCss: Set<string> } }).viteMetadata?.importedCss ?? []),
    ]),
  ),
]

export default function prerender(options: {
  root: string
  /** The plugins the app's modules need to compile (content, Vue, icons), made anew for the SSR build. */
  plugins: () => PluginOption[]
  resolve: UserConfig['resolve']
}): Plugin {
  let minify = true
  return {
    name: 'kns-prerender',
    apply: (config, env) => env.command === 'build' && !config.build?.ssr,
    enforce: 'post',
    configResolved(config) {
      minify = config.build.minify !== false
    },
    async generateBundle(_, bundle) {
      const page = bundle['index.html'] as OutputAsset | undefined
      if (!page) return
      const shell = String(page.source)

      const outDir = join(options.root, 'node_modules/.kns-prerender')
      const { build } = await import('vite')
      await build({
        configFile: false,
        root: options.root,
        logLevel: 'warn',
        plugins: options.plugins(),
        resolve: options.resolve,
        build: {
          ssr: 'src/app/prerender.ts',
          outDir,
          emptyOutDir: true,
          minify: false,
          // One file: a chunk importing the entry back would get a second copy of it (a query-less URL).
          rolldownOptions: { output: { entryFileNames: 'prerender.mjs', codeSplitting: false } },
        },
      })
      const mod = (await import(`${pathToFileURL(join(outDir, 'prerender.mjs')).href}?t=${Date.now()}`)) as {
        render: (url: string) => Promise<string>
      }
      const app = await mod.render('/welcome')
      if (!app.includes('<h1'))
        this.error(
          `prerender: the welcome rendered no heading: ${app.slice(app.indexOf('<main'), app.indexOf('<main') + 400)}`,
        )

      const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk')
      const entry = chunks.find((c) => c.isEntry && c.facadeModuleId?.endsWith('index.html'))
      const welcome = chunks.find((c) => c.facadeModuleId?.replace(/\\/g, '/').endsWith(WELCOME))
      if (!entry || !welcome) this.error('prerender: entry or welcome chunk not found')
      const entryChunks = closure(bundle, entry!)
      const entryCss = cssOf(entryChunks)
      const byFacade = (id: string) => chunks.find((c) => c.facadeModuleId?.replace(/\\/g, '/').endsWith(id))
      const strings = byFacade(WELCOME_STRINGS)
      if (!strings) this.error(`prerender: no chunk for ${WELCOME_STRINGS}`)
      const welcomeChunks = [...new Set([...closure(bundle, welcome!), ...closure(bundle, strings!)])].filter(
        (c) => !entryChunks.includes(c),
      )
      const welcomeCss = cssOf([welcome!, ...welcomeChunks]).filter((f) => !entryCss.includes(f))
      // shell.html: what a returning user opens, most often on Home, whose modules it preloads.
      const home = byFacade(HOME)
      const nav = byFacade(NAV)
      const homePreload = [...new Set([home, nav].flatMap((c) => (c ? closure(bundle, c) : [])))]
        .filter((c) => !entryChunks.includes(c))
        .map((c) => `<link rel="modulepreload" crossorigin href="/${c.fileName}">`)
        .join('')
      this.emitFile({ type: 'asset', fileName: SHELL, source: shell.replace('</head>', `${homePreload}\n</head>`) })
      const source = (f: string): string => String((bundle[f] as OutputAsset).source)
      const css = [...entryCss, ...welcomeCss].map(source).join('\n')

      const early = readFileSync(join(options.root, 'src/app/inline/early.js'), 'utf8')
      let script = minify
        ? early
            .replace(/^\s*\/\/.*$/gm, '')
            .replace(/\n\s*\n/g, '\n')
            .trim()
        : early
      // What an invite link loads next (the codec, the class store): WelcomePage's dynamic imports, but the
      // teacher's class form.
      const inviteChunks = new Set<OutputChunk>()
      for (const f of welcome!.dynamicImports) {
        const c = bundle[f]
        if (c?.type !== 'chunk' || c.moduleIds.some((id) => id.replace(/\\/g, '/').endsWith(TEACHER_FORM))) continue
        for (const x of closure(bundle, c)) inviteChunks.add(x)
      }
      // Not the join page the welcome opens after "Vào lớp": its ~12 files, requested beside these on a thin link
      // (six connections per host over HTTP/1.1), made the invite's first screen usable 1.5 s later.
      const invite = [...inviteChunks]
        .filter((c) => !entryChunks.includes(c) && !welcomeChunks.includes(c) && c !== welcome)
        .map((c) => `/${c.fileName}`)
      if (!script.includes('var invite = []')) this.error('prerender: early.js has no `var invite = []`')
      script = script.replace('var invite = []', `var invite = ${JSON.stringify(invite)}`)
      const hash = createHash('sha256').update(script).digest('base64')

      let html = shell
      // The inline script is allowed by its hash alone, in script-src-elem (Chrome 75+, Safari 15.4+), which
      // governs script elements only: script-src stays as written (eval and WebAssembly rules unchanged). A
      // browser without script-src-elem (iOS 15.0–15.3) refuses the script and the page works as before it.
      html = html.replace(/(script-src 'self'[^;"]*);/, `$1; script-src-elem 'self' 'sha256-${hash}';`)
      if (!html.includes(hash)) this.error('prerender: no script-src in the Content-Security-Policy')
      for (const f of entryCss) {
        const link = new RegExp(`\\s*<link rel="stylesheet"[^>]*href="/${f.replace(/[.]/g, '\\.')}"[^>]*>`)
        if (!link.test(html)) this.error(`prerender: no <link> for ${f} in index.html`)
        html = html.replace(link, '')
      }
      const wait = 'html[data-returning] #app[data-ssr]{display:none}#app[data-ssr] [type=submit]{opacity:.7}'
      const preload = welcomeChunks.map((c) => `<link rel="modulepreload" crossorigin href="/${c.fileName}">`).join('')
      html = html.replace('</title>', `</title>\n<script>${script}</script>\n<style>${css}${wait}</style>\n${preload}`)
      // The route's stylesheets, already inline: linked after the content so the app's loader finds them
      // (it would otherwise fetch them again and wait) without holding the first paint.
      const links = welcomeCss.map((f) => `<link rel="stylesheet" crossorigin href="/${f}">`).join('')
      html = html.replace(
        /<div id="app"><\/div>/,
        `<div id="app" data-ssr aria-busy="true" aria-disabled="true">${app}</div>${links}`,
      )
      if (!html.includes('data-ssr')) this.error('prerender: no <div id="app"></div> in index.html')
      page.source = html
      // The same policy as a response header, hash included, for hosts that read a _headers file (Netlify,
      // Cloudflare Pages); README "Deploy" says where else to set it. A meta tag cannot set frame-ancestors.
      const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
      if (!csp) this.error('prerender: no Content-Security-Policy meta tag in index.html')
      const noCache = ['/', '/index.html', `/${SHELL}`, '/sw.js'].map((f) => `${f}\n  Cache-Control: no-cache`)
      this.emitFile({
        type: 'asset',
        fileName: '_headers',
        source: [`/*\n  Content-Security-Policy: ${csp}; frame-ancestors 'none'`, ...noCache].join('\n') + '\n',
      })
    },
  }
}
