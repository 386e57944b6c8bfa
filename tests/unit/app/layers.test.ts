// The layer rule (eslint.layers.mjs) is what keeps the house standing: each case lints one import from a
// file placed in a layer and expects the rule to refuse it, or to let it through. The rule judges the file
// an import resolves to, so each form of import is a row: static, import(), export-from, relative, aliased,
// with an extension.
import { beforeAll, describe, expect, it } from 'vitest'
import { ESLint } from 'eslint'

const eslint = new ESLint({ cwd: process.cwd() })

// Loading the config, the parsers and the TypeScript resolver takes seconds on a busy machine: once, here.
beforeAll(() => eslint.lintText('export {}\n', { filePath: 'src/domain/warm.ts' }), 60_000)

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  const layerRules = ['no-restricted-imports', 'import-x/no-restricted-paths', 'import-x/no-unresolved']
  return result!.messages.filter((m) => layerRules.includes(m.ruleId ?? '')).map((m) => m.message)
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
    [
      'a shared component importing a feature',
      'src/components/Bad.ts',
      "import { useLearnStore } from '@/features/learn/store'",
    ],
    ['content importing app code', 'src/content/bad.ts', "import { statusOf } from '@/domain/status'"],
    [
      "a feature importing another feature's private component",
      'src/features/home/Bad.ts',
      "import X from '@/features/learn/ModuleLessonList.vue'",
    ],
    ['a page calling a repository', 'src/features/home/Bad.ts', "import { getAllProgress } from '@/db/progressRepo'"],
    // Forms the old specifier rule could not see.
    [
      "a lazy import() of another feature's private component",
      'src/features/home/Bad.ts',
      "export const X = () => import('@/features/learn/ModuleLessonList.vue')",
    ],
    [
      'a page importing @/db/index',
      'src/features/home/BadPage.vue',
      '<script setup lang="ts">\nimport { getDB } from \'@/db/index\'\nvoid getDB\n</script>\n<template><p>x</p></template>',
    ],
    [
      'a domain file importing @/db/progressRepo by import()',
      'src/domain/bad.ts',
      "export const p = () => import('@/db/progressRepo')",
    ],
    [
      'a relative ../../db/ import from a page',
      'src/features/home/Bad.ts',
      "import { getAllProgress } from '../../db/progressRepo'\nvoid getAllProgress",
    ],
    [
      'an import with a .ts extension',
      'src/features/home/Bad.ts',
      "import { statusOf } from '@/domain/status.ts'\nvoid statusOf",
    ],
    [
      'a repository import with a .ts extension from a page',
      'src/features/home/Bad.ts',
      "import { getAllProgress } from '@/db/progressRepo.ts'\nvoid getAllProgress",
    ],
    [
      'a pure layer importing workbox-window',
      'src/domain/bad.ts',
      "import { Workbox } from 'workbox-window'\nvoid Workbox",
    ],
    [
      'a pure layer importing an icon',
      'src/exchange/bad.ts',
      "import Icon from '~icons/fluent-emoji-flat/house'\nvoid Icon",
    ],
    [
      'a pure layer re-exporting a repository',
      'src/report/bad.ts',
      "export { listStudents } from '@/db/classroomRepo'",
    ],
    [
      'a feature reaching a private file of another by a relative path',
      'src/features/home/Bad.ts',
      "import X from '../learn/ModuleLessonList.vue'\nvoid X",
    ],
    ['an import that resolves to no file', 'src/features/home/Bad.ts', "import { x } from '@/domain/nowhere'\nvoid x"],
  ]
  it.each(refused)('refuses %s', async (_, file, code) => {
    expect(await layerErrors(file, code)).not.toEqual([])
  })

  const allowed: Array<[string, string, string]> = [
    ['exchange importing domain', 'src/exchange/ok.ts', "import { statusOf } from '@/domain/status'"],
    ['db importing domain types', 'src/db/ok.ts', "import type { Receipt } from '@/domain/records'"],
    [
      "a feature reading another feature's store",
      'src/features/home/Ok.ts',
      "import { useLearnStore } from '@/features/learn/store'",
    ],
    [
      "a feature embedding another feature's embed component",
      'src/features/settings/Ok.ts',
      "import B from '@/features/backup/embed/BackupCard.vue'",
    ],
    [
      'a feature store calling a repository',
      'src/features/learn/store.ts',
      "import { getAllProgress } from '@/db/progressRepo'",
    ],
    [
      'a page explaining a storage error',
      'src/features/home/Ok.vue',
      '<script setup lang="ts">\nimport { toStorageError } from \'@/db/errors\'\nvoid toStorageError\n</script>\n<template><p>x</p></template>',
    ],
    [
      'content importing content with the extension Node needs',
      'src/content/ok.ts',
      "import { MODULE_IDS } from './constants.ts'\nvoid MODULE_IDS",
    ],
  ]
  it.each(allowed)('allows %s', async (_, file, code) => {
    expect(await layerErrors(file, code)).toEqual([])
  })
})
