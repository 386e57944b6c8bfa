// Reads text aloud with the phone's own Vietnamese voice (speechSynthesis). `available` is true only
// when a voice whose language starts with "vi" exists; voices often arrive late, so it follows
// `voiceschanged`. Speech stops when the page is left.
import { onBeforeUnmount, onMounted, ref, shallowRef } from 'vue'
import { speechChunks } from '@/composables/speech'

export function isVietnameseVoice(v: SpeechSynthesisVoice): boolean {
  return v.lang.toLowerCase().replace('_', '-').startsWith('vi')
}

export function useSpeech() {
  const voice = shallowRef<SpeechSynthesisVoice>()
  const available = ref(false)
  const speaking = ref(false)
  const synth = typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined
  // Each speak() gets a number; events of an older, cancelled reading are ignored.
  let run = 0

  function pickVoice(): void {
    const voices = synth?.getVoices() ?? []
    const vi = voices.filter(isVietnameseVoice)
    voice.value = vi.find((v) => v.localService) ?? vi[0]
    available.value = voice.value !== undefined
  }

  function stop(): void {
    run++
    speaking.value = false
    synth?.cancel()
  }

  function speak(text: string): void {
    if (!synth || !voice.value) return
    stop()
    const mine = run
    const chunks = speechChunks(text)
    if (!chunks.length) return
    speaking.value = true
    chunks.forEach((chunk, i) => {
      const u = new SpeechSynthesisUtterance(chunk)
      u.voice = voice.value!
      u.lang = voice.value!.lang
      u.rate = 0.95
      const finish = (): void => {
        if (mine === run) speaking.value = false
      }
      if (i === chunks.length - 1) u.onend = finish
      u.onerror = finish
      synth.speak(u)
    })
  }

  onMounted(() => {
    pickVoice()
    synth?.addEventListener('voiceschanged', pickVoice)
  })
  onBeforeUnmount(() => {
    synth?.removeEventListener('voiceschanged', pickVoice)
    stop()
  })

  return { available, speaking, speak, stop }
}
