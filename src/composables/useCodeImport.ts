// The shared logic of the import boxes (receipts on the class page, class summaries on the school page):
// codes found in pasted text — a whole chat message is fine (exchange/channels.ts findCodes) — a text file
// or the camera, one result line each, and "Đã thêm N, bỏ qua M" on top.
import { computed, ref, watch } from 'vue'
import { useRoute } from 'vue-router'
import { useI18n } from '@/i18n'
import { useUiStore } from '@/stores/ui'
import { useSaveAction } from './useSaveAction'

export type { ImportLine as ResultLine } from '@/exchange/channels'
import { findCodes, tally, type ImportLine as ResultLine } from '@/exchange/channels'

const MAX_FILE = 2_000_000
/** Up to this many codes, the result lists (and announces) every one; above it, a tally and the refused ones. */
export const SHORT_IMPORT = 20

export function useCodeImport<L extends ResultLine>(
  importer: (codes: string[]) => Promise<L[]>,
  tooBig: string,
  noCode: string,
) {
  const ui = useUiStore()
  const { t } = useI18n()
  const save = useSaveAction()
  const text = ref('')
  const lines = ref<ResultLine[]>([])
  /** How many codes changed something and how many were refused or already known; undefined before an import. */
  const counts = computed(() => (lines.value.length ? tally(lines.value) : undefined))
  const split = (s: string) => findCodes(s).codes

  async function run(codes: string[]): Promise<void> {
    if (!codes.length) {
      lines.value = [{ ok: false, changed: false, text: noCode }]
      return
    }
    const result = await save.run(() => importer(codes))
    if (!result) return
    lines.value = result
    const refused = result.filter((l) => !l.ok)
    ui.announce(
      result.length <= SHORT_IMPORT
        ? result.map((l) => l.text).join(' ')
        : [t('imports.tally', tally(result)), ...refused.slice(0, SHORT_IMPORT).map((l) => l.text)].join(' '),
    )
  }
  async function paste(): Promise<void> {
    await run(split(text.value))
    text.value = ''
  }
  /** One or many files chosen at once (a unit receives a file per school): every code of every file in one import. */
  async function file(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement
    const files = [...(input.files ?? [])]
    input.value = ''
    if (!files.length) return
    if (files.reduce((n, f) => n + f.size, 0) > MAX_FILE) {
      lines.value = [{ ok: false, changed: false, text: tooBig }]
      return
    }
    const texts = await Promise.all(files.map((f) => f.text()))
    await run([...new Set(texts.flatMap(split))])
  }
  return { text, lines, counts, run, paste, file }
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
      const [line] = await importer([hash.slice(1)]).catch((): ResultLine[] => [
        { ok: false, changed: false, text: t('storage.failed') },
      ])
      result.value = line
    },
    { immediate: true },
  )
  return { result, hasCode: computed(() => route.hash !== '') }
}
