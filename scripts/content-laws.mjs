// Lists every legal document in src/content/legal.yaml with its status and the cards that cite it,
// so a law change is one registry edit plus this list of cards to fix. Exits 1 when the content
// breaks a legal rule (unknown number, replaced document cited without its replacement).
import { runnerImport } from 'vite'

const { module: files } = await runnerImport('./build/content-files.ts')
const { module: validate } = await runnerImport('./src/content/validate.ts')
const { module: legal } = await runnerImport('./src/content/legal.ts')

const STATUS = { 'in-force': 'còn hiệu lực', replaced: 'đã bị thay thế', expired: 'hết hiệu lực' }
try {
  const registry = files.loadLegalRegistry()
  const modules = files.moduleDirs().flatMap((id) => {
    const r = validate.validateModule(files.readModuleFiles(id))
    if (!r.ok) throw new Error(r.errors.map((e) => `${id}/${e}`).join('\n'))
    return [r.content]
  })
  const index = legal.citationIndex(modules, registry)
  for (const d of registry.documents) {
    const replaced = d.replacedBy ? `, thay bằng ${d.replacedBy}` : ''
    console.log(`${d.number} — ${d.title}`)
    const since = d.inForce ? `hiệu lực từ ${d.inForce}` : `ký ngày ${d.issued}, ngày hiệu lực chưa xác minh`
    const amended = d.amendedBy
      .map((a) => `, sửa đổi bởi ${a.number}${a.changesTeaching ? ' (thẻ trích phải nêu)' : ''}`)
      .join('')
    console.log(`  ${since}; ${STATUS[d.status]}${replaced}${amended}; kiểm tra ${d.checked}`)
    const where = index.get(d.number)
    if (where.length) for (const w of where) console.log(`    ${w}`)
    else console.log('    (không thẻ nào trích)')
  }
  const errors = legal.checkCitations(modules, registry)
  if (errors.length) {
    console.error(`\nLỗi trích dẫn:\n- ${errors.join('\n- ')}`)
    process.exit(1)
  }
} catch (e) {
  console.error(e.message)
  process.exit(1)
}
