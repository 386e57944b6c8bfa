// The shared logic of the two import boxes (receipts on the class page, class summaries on the school
// page): codes from pasted text (any whitespace between them) or a text file, one result line each.
import { computed, ref, watch } from 'vue'
import { useRoute } from 'vue-router'
import { useI18n } from '@/i18n'
import { useUiStore } from '@/stores/ui'
import { useSaveAction } from './useSaveAction'

export interface ResultLine {
  ok: boolean
  text: string
}

const MAX_FILE = 2_000_000

export function useCodeImport<L extends ResultLine>(importer: (codes: string[]) => Promise<L[]>, tooBig: string) {
  const ui = useUiStore()
  const save = useSaveAction()
  const text = ref('')
  const lines = ref<ResultLine[]>([])
  const split = (s: string) => s.split(/\s+/).map((x) => x.trim()).filter(Boolean)

  async function run(codes: string[]): Promise<void> {
    if (!codes.length) return
    const result = await save.run(() => importer(codes))
    if (!result) return
    lines.value = result
    ui.announce(lines.value.map((l) => l.text).join(' '))
  }
  async function paste(): Promise<void> {
    await run(split(text.value))
    text.value = ''
  }
  async function file(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement
    const f = input.files?.[0]
    input.value = ''
    if (!f) return
    if (f.size > MAX_FILE) {
      lines.value = [{ ok: false, text: tooBig }]
      return
    }
    await run(split(await f.text()))
  }
  return { text, lines, run, paste, file }
}

/**
 * A code that arrives in the URL fragment (`/r#…`, `/s#…`): imported when the page opens, and again if
 * another link is opened while it is shown. A storage failure becomes a result line like any other.
 */
export function useFragmentImport<L extends ResultLine>(importer: (codes: string[]) => Promise<L[]>) {
  const { t } = useI18n()
  const route = useRoute()
  const result = ref<L | ResultLine>()
  watch(
    () => route.hash,
    async (hash) => {
      result.value = undefined
      if (!hash) return
      const [line] = await importer([hash.slice(1)]).catch((): ResultLine[] => [{ ok: false, text: t('storage.failed') }])
      result.value = line
    },
    { immediate: true },
  )
  return { result, hasCode: computed(() => route.hash !== '') }
}
