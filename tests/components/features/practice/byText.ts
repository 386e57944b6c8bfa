// Finds a button by its visible text, or fails naming the text.
export const byText = (
  w: { findAll: (s: string) => Array<{ text: () => string; trigger: (e: string) => Promise<void> }> },
  text: string,
) => {
  const b = w.findAll('button').find((x) => x.text().includes(text))
  if (!b) throw new Error(`no button ${text}`)
  return b
}
