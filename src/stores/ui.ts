// Toasts and the live-region announcer: one place announces route changes, answer feedback and "đã lưu".
import { defineStore } from 'pinia'
import { ref } from 'vue'

export interface Toast {
  id: number
  text: string
  tone: 'info' | 'success' | 'error'
  /** A button in the toast: 'reload' reloads the page (after the app was updated in another tab). */
  action?: 'reload'
}

export const useUiStore = defineStore('ui', () => {
  const toasts = ref<Toast[]>([])
  const announcement = ref('')
  let nextId = 1

  /** Screen readers read `text` once; the same text twice is read twice (the region is cleared first). */
  function announce(text: string): void {
    announcement.value = ''
    queueMicrotask(() => {
      announcement.value = text
    })
  }

  function toast(text: string, tone: Toast['tone'] = 'info', ms = 4000, action?: Toast['action']): void {
    const id = nextId++
    toasts.value.push(action ? { id, text, tone, action } : { id, text, tone })
    if (tone !== 'error') announce(text)
    // A toast with a button stays until it is used or closed: the reader may need longer than a few seconds.
    if (!action) setTimeout(() => dismiss(id), tone === 'error' ? ms * 2 : ms)
  }

  function dismiss(id: number): void {
    toasts.value = toasts.value.filter((t) => t.id !== id)
  }

  return { toasts, announcement, announce, toast, dismiss }
})
