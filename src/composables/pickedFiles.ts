// The files chosen in a file input's change event. The input is emptied at once, so choosing the same file
// again (after fixing it) is a new change.
export function pickedFiles(e: Event): File[] {
  const input = e.target as HTMLInputElement
  const files = [...(input.files ?? [])]
  input.value = ''
  return files
}
