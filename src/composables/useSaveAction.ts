// One way to run a user action that saves: a busy flag for the button, and a storage failure turned into
// the error toast in Vietnamese (storage.*), instead of a try/catch copied into every page.
import { ref } from 'vue'
import { useI18n } from '@/i18n'
import { useUiStore } from '@/stores/ui'
import { toStorageError } from '@/db/errors'

export function useSaveAction() {
  const { t } = useI18n()
  const ui = useUiStore()
  const busy = ref(false)

  /** The Vietnamese sentence for a storage failure. */
  function storageMessage(e: unknown): string {
    return t(`storage.${toStorageError(e).kind}`)
  }

  /**
   * Runs `action`; on success shows `success` (if given) and returns the result, on failure shows the
   * storage message and returns undefined. Nothing is reported as saved before the action resolved.
   */
  async function run<T>(action: () => Promise<T>, success?: string | ((result: T) => string)): Promise<T | undefined> {
    busy.value = true
    try {
      const result = await action()
      if (success) ui.toast(typeof success === 'function' ? success(result) : success, 'success')
      return result
    } catch (e) {
      const outdated = toStorageError(e).kind === 'outdated'
      ui.toast(storageMessage(e), 'error', undefined, outdated ? 'reload' : undefined)
      return undefined
    } finally {
      busy.value = false
    }
  }

  /** For an action with no result: true once it is saved, false after the failure toast. */
  async function save(action: () => Promise<unknown>, success?: string): Promise<boolean> {
    return (await run(async () => (await action(), true as const), success)) ?? false
  }

  return { busy, run, save, storageMessage }
}
