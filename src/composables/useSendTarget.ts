// The receiver a month summary is sent to, on the sender's phone (the school a class reports to, the unit a
// school reports to): the first one joined until another is chosen, the summary made for it, and the month as
// shown. A summary is for one month and one receiver: choosing another hides the old one rather than mislabel it.
import { computed, onMounted, ref, shallowRef, watch } from 'vue'
import { showMonth } from '@/domain/format'

export function useSendTarget<S>(
  /** The component's props: the month chosen. */
  props: { readonly month: string },
  /** Reads this phone's memberships; a failure leaves the list as it was. */
  load: () => Promise<unknown>,
  /** The receiver id of the first membership, once loaded. */
  first: () => string | undefined,
) {
  const target = ref('')
  const sent = shallowRef<S>()
  const monthText = computed(() => (props.month ? showMonth(props.month) : ''))
  onMounted(async () => {
    await load().catch(() => undefined)
    target.value = first() ?? ''
  })
  watch(
    () => [props.month, target.value],
    () => (sent.value = undefined),
  )
  return { target, sent, monthText }
}
