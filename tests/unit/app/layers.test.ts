// The layer rule (eslint.layers.mjs) is what keeps the house standing: each case lints one import from a
// file placed in a layer and expects the rule to refuse it, or to let it through.
import { describe, expect, it } from 'vitest'
import { ESLint } from 'eslint'

const eslint = new ESLint({ cwd: process.cwd() })

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

describe('import directions', () => {
  const refused: Array<[string, string, string]> = [
    ['db importing a feature', 'src/db/bad.ts', "import { useLearnStore } from '@/features/learn/store'"],
    ['db importing the exchange layer', 'src/db/bad.ts', "import { decodeReceipt } from '@/exchange/codec'"],
    ['domain importing vue', 'src/domain/bad.ts', "import { ref } from 'vue'"],
    ['domain importing the message catalogue', 'src/domain/bad.ts', "import vi from '@/i18n/vi'"],
    ['exchange importing idb', 'src/exchange/bad.ts', "import { openDB } from 'idb'"],
    ['report importing a repository', 'src/report/bad.ts', "import { listStudents } from '@/db/classroomRepo'"],
    ['report climbing up by a relative path', 'src/report/bad.ts', "import x from '../features/classroom/store'"],
    ['a shared component importing a feature', 'src/components/Bad.ts', "import { useSettingsStore } from '@/features/settings/store'"],
    ['content importing app code', 'src/content/bad.ts', "import { statusOf } from '@/domain/status'"],
    ["a feature importing another feature's private component", 'src/features/home/Bad.ts', "import X from '@/features/learn/ModuleLessonList.vue'"],
    ['a page calling a repository', 'src/features/home/Bad.ts', "import { getAllProgress } from '@/db/progressRepo'"],
  ]
  it.each(refused)('refuses %s', async (_, file, code) => {
    expect(await layerErrors(file, code)).not.toEqual([])
  })

  const allowed: Array<[string, string, string]> = [
    ['exchange importing domain', 'src/exchange/ok.ts', "import { statusOf } from '@/domain/status'"],
    ['db importing domain types', 'src/db/ok.ts', "import type { Receipt } from '@/domain/records'"],
    ["a feature reading another feature's store", 'src/features/home/Ok.ts', "import { useLearnStore } from '@/features/learn/store'"],
    ["a feature embedding another feature's embed component", 'src/features/settings/Ok.ts', "import B from '@/features/backup/embed/BackupCard.vue'"],
    ['a feature store calling a repository', 'src/features/learn/store.ts', "import { getAllProgress } from '@/db/progressRepo'"],
  ]
  it.each(allowed)('allows %s', async (_, file, code) => {
    expect(await layerErrors(file, code)).toEqual([])
  })
})
