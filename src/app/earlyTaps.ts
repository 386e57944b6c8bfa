// The other half of inline/early.js: after the app has hydrated the prerendered welcome, the taps made on the
// snapshot before are replayed on the same elements (hydration keeps them), and text typed into its fields is
// handed to Vue. Then the snapshot is released (#app loses data-ssr).

interface EarlyQueue {
  taps: Element[]
  done: boolean
}

type Field = HTMLInputElement | HTMLTextAreaElement

/** Text typed into the snapshot's fields: Vue's v-model would reset it to the model's value when it mounts. */
export function typedBeforeHydration(root: Element): Array<[Field, string]> {
  const fields = [...root.querySelectorAll<Field>('input, textarea')].filter(
    (f) => !['checkbox', 'radio', 'submit', 'button'].includes(f.type) && f.value !== f.defaultValue,
  )
  return fields.map((f) => [f, f.value])
}

/** Gives typed text back to Vue, then replays the queued taps in order (one submit of a form at most). */
export function replayEarlyTaps(root: HTMLElement, typed: Array<[Field, string]>): void {
  const q = (window as Window & { __knsEarly?: EarlyQueue }).__knsEarly
  if (q) q.done = true
  root.removeAttribute('data-ssr')
  root.removeAttribute('aria-busy')
  root.removeAttribute('aria-disabled')
  for (const [f, value] of typed) {
    if (!f.isConnected) continue
    f.value = value
    f.dispatchEvent(new Event('input', { bubbles: true }))
  }
  const submitted = new Set<HTMLFormElement>()
  for (const tap of (q?.taps ?? []) as HTMLElement[]) {
    if (!tap.isConnected) continue
    const form = tap instanceof HTMLFormElement ? tap : tap.closest('[type=submit]') ? tap.closest('form') : null
    if (form) {
      // A second tap on a button that did not react yet is the same request, not a second one.
      if (submitted.has(form)) continue
      submitted.add(form)
      const button = tap instanceof HTMLFormElement ? tap.querySelector<HTMLElement>('[type=submit]') : tap
      button?.click()
      continue
    }
    tap.click()
  }
  if (q) q.taps = []
}
