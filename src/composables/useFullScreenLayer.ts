// A full-screen layer over the whole app: a modal <dialog> (header and bottom nav covered and inert without
// touching App.vue) opened on mount, and one way out. Escape, the dialog's own close and the page's button
// all call `leave`, which navigates once: back in history when the page before is where the layer returns
// to (so the browser's back stack stays true), else a push there. Used by present mode and the class quiz.
import { onBeforeUnmount, onMounted, ref } from 'vue'
import { useRouter } from 'vue-router'

export function useFullScreenLayer(exit: {
  /** Where leaving goes when the history has no page to return to. */
  to: () => string
  /** Whether the previous history entry is that place (then leaving is `router.back()`). */
  isPrevious: (previous: string) => boolean
}) {
  const router = useRouter()
  const layer = ref<HTMLDialogElement>()
  onMounted(() => {
    const d = layer.value
    if (!d || d.open) return
    if (typeof d.showModal === 'function') d.showModal()
    else d.setAttribute('open', '')
  })
  // Leaving once: the dialog's own close event (fired as the page unmounts) must not navigate a second time.
  let left = false
  onBeforeUnmount(() => (left = true))
  function leave(): void {
    if (left) return
    left = true
    const previous = router.options.history.state.back
    if (typeof previous === 'string' && exit.isPrevious(previous)) router.back()
    else void router.push(exit.to())
  }
  return { layer, leave }
}
