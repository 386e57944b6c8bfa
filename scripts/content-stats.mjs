// Prints { "modules": [...] } with per-module counts computed from the content itself.
import { runnerImport } from 'vite'

const { module: files } = await runnerImport('./build/content-files.ts')
const { module: validate } = await runnerImport('./src/content/validate.ts')
const { module: plan } = await runnerImport('./src/content/plan.ts')
try {
  const modules = files.loadAllContent()
  const plans = new Map(files.loadPlans(undefined, modules).map((p) => [p.moduleId, p]))
  const stats = modules.map((m) => ({ ...validate.moduleStats(m), ...plan.planStats(plans.get(m.meta.id), m) }))
  console.log(JSON.stringify({ modules: stats }, null, 2))
} catch (e) {
  console.error(e.message)
  process.exit(1)
}
