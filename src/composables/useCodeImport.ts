// The shared logic of the import boxes (receipts on the class page, class summaries on the school page):
// codes found in pasted text — a whole chat message is fine (exchange/channels.ts findCodes) — a text file
// or the camera, one result line each, and "Đã thêm N, bỏ qua M" on top.
import { computed, ref, shallowRef, watch } from 'vue'
import { pickedFiles } from './pickedFiles'
import { useRoute } from 'vue-router'
import { useI18n } from '@/i18n'
import { useUiStore } from '@/stores/ui'
import { useSaveAction } from './useSaveAction'

export type { ImportLine as ResultLine } from '@/exchange/channels'
import type { ImportLine as ResultLine } from '@/exchange/channels'

// The code finder (and the codec's frame it reads) loads when an import runs: a page with an import box carries
// neither until something is pasted or a file chosen.
const channels = () => import('@/exchange/channels')

const MAX_FILE = 2_000_000
/** Up to this many codes, the result lists (and announces) every one; above it, a tally and the refused ones. */
export const SHORT_IMPORT = 20
/**
 * A paste longer than this is kept aside, not put into the text box: Chromium's text box lays out and edits a
 * 2,000-line chat in 20 s on a cheap phone (measured with an empty page too), so the box shows "Đã dán N dòng".
 */
export const LARGE_PASTE = 20_000

export function useCodeImport<L extends ResultLine>(
  importer: (codes: string[]) => Promise<L[]>,
  tooBig: string,
  noCode: string,
) {
  const ui = useUiStore()
  const { t } = useI18n()
  const save = useSaveAction()
  const text = ref('')
  /** A long paste held outside the text box (see LARGE_PASTE), imported with what the box holds. */
  const held = shallowRef('')
  const heldLines = computed(() => (held.value ? held.value.split('\n').length : 0))
  /** "Nhập" can be pressed: checked without scanning the whole text on every key. */
  const ready = computed(() => held.value !== '' || /\S/.test(text.value))
  const lines = ref<ResultLine[]>([])
  /** How many codes changed something and how many were refused or already known; undefined before an import. */
  const counts = shallowRef<{ added: number; skipped: number }>()
  async function show(next: ResultLine[]): Promise<void> {
    const { tally } = await channels()
    lines.value = next
    counts.value = next.length ? tally(next) : undefined
  }
  const split = async (texts: readonly string[]) => {
    const { findCodes } = await channels()
    return [...new Set(texts.flatMap((s) => findCodes(s).codes))]
  }

  async function run(codes: string[]): Promise<void> {
    if (!codes.length) {
      await show([{ ok: false, changed: false, text: noCode }])
      return
    }
    const result = await save.run(() => importer(codes))
    if (!result) return
    await show(result)
    const refused = result.filter((l) => !l.ok)
    ui.announce(
      result.length <= SHORT_IMPORT
        ? result.map((l) => l.text).join(' ')
        : [t('imports.tally', counts.value!), ...refused.slice(0, SHORT_IMPORT).map((l) => l.text)].join(' '),
    )
  }
  async function paste(): Promise<void> {
    await run(await split([held.value ? `${held.value}\n${text.value}` : text.value]))
    text.value = ''
    held.value = ''
  }
  /** The text box's paste event: a long chat goes aside instead of into the box (nothing is parsed yet). */
  function onPaste(e: ClipboardEvent): void {
    const pasted = e.clipboardData?.getData('text') ?? ''
    if (pasted.length <= LARGE_PASTE) return
    e.preventDefault()
    held.value = held.value ? `${held.value}\n${pasted}` : pasted
  }
  function dropHeld(): void {
    held.value = ''
  }
  /** One or many files chosen at once (a unit receives a file per school): every code of every file in one import. */
  async function file(e: Event): Promise<void> {
    const files = pickedFiles(e)
    if (!files.length) return
    if (files.reduce((n, f) => n + f.size, 0) > MAX_FILE) {
      await show([{ ok: false, changed: false, text: tooBig }])
      return
    }
    const texts = await Promise.all(files.map((f) => f.text()))
    await run(await split(texts))
  }
  return { text, held, heldLines, ready, lines, counts, run, paste, onPaste, dropHeld, file }
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
