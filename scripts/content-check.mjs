// Validates content: `node scripts/content-check.mjs [moduleId]` (one module) or all modules.
import { runnerImport } from 'vite'

const { module: files } = await runnerImport('./build/content-files.ts')
const { module: validate } = await runnerImport('./src/content/validate.ts')
const only = process.argv[2]
try {
  if (only) {
    const r = validate.validateModule(files.readModuleFiles(only))
    if (!r.ok) throw new Error(`Nội dung không hợp lệ:\n- ${r.errors.join('\n- ')}`)
    const links = validate.deadLinks([r.content]).filter((e) => e.includes(`/modules/${only}`))
    if (links.length) throw new Error(links.join('\n'))
    console.log(JSON.stringify(validate.moduleStats(r.content)))
  } else {
    for (const m of files.loadAllContent()) console.log(JSON.stringify(validate.moduleStats(m)))
  }
  console.log('OK')
} catch (e) {
  console.error(e.message)
  process.exit(1)
}
