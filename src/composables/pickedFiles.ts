// The files chosen in a file input's change event. The input is emptied at once, so choosing the same file
// again (after fixing it) is a new change.
export function pickedFiles(e: Event): File[] {
  const input = e.target as HTMLInputElement
  const files = [...(input.files ?? [])]
  input.value = ''
  return files
}

/** A picked file read as text, or why it was not: over the screen's size limit, or the phone could not read it. */
export type PickedText = { ok: true; text: string } | { ok: false; problem: 'tooLarge' | 'read' }

/** Reads a picked file as text; the size is checked first, so a huge file is never read into memory. */
export async function readPickedText(file: File, maxBytes: number): Promise<PickedText> {
  if (file.size > maxBytes) return { ok: false, problem: 'tooLarge' }
  try {
    return { ok: true, text: await file.text() }
  } catch {
    return { ok: false, problem: 'read' }
  }
}
