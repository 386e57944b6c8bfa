// Prints { "modules": [...] } with per-module counts computed from the content itself.
import { runnerImport } from 'vite'

const { module: files } = await runnerImport('./build/content-files.ts')
const { module: validate } = await runnerImport('./src/content/validate.ts')
try {
  const modules = files.loadAllContent()
  console.log(JSON.stringify({ modules: modules.map(validate.moduleStats) }, null, 2))
} catch (e) {
  console.error(e.message)
  process.exit(1)
}
