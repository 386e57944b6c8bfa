// Prints { "modules": [...] } with per-module counts computed from the content itself, plus the TT 02/2025
// competence components the app covers and the lessons whose facts are due for a check.
import { runnerImport } from 'vite'

const { module: files } = await runnerImport('./build/content-files.ts')
const { module: validate } = await runnerImport('./src/content/validate.ts')
const { module: plan } = await runnerImport('./src/content/plan.ts')
const { module: framework } = await runnerImport('./src/content/competences.ts')
try {
  const modules = files.loadAllContent()
  const plans = new Map(files.loadPlans(undefined, modules).map((p) => [p.moduleId, p]))
  const stats = modules.map((m) => ({
    ...validate.moduleStats(m),
    ...plan.planStats(plans.get(m.meta.id), m),
  }))
  const covered = framework.sortCodes(stats.flatMap((s) => s.competences))
  const competences = { covered, count: covered.length, of: framework.COMPETENCES.length }
  console.log(JSON.stringify({ modules: stats, competences, staleLessons: validate.staleLessons(modules) }, null, 2))
} catch (e) {
  console.error(e.message)
  process.exit(1)
}
