// A question's 16-bit tag: how a receipt names a quiz question the student missed in two bytes, instead of
// its id as text. The tag is a hash of the id (FNV-1a, folded to 16 bits), so adding or reordering questions
// changes no tag; the teacher's phone maps a tag back to a question of its own content, and a tag it does not
// know (content newer or older than the student's) is left out. The content test keeps tags distinct within
// each module.

/** FNV-1a over the id's UTF-16 code units, folded to 16 bits. */
export function questionTag(id: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0
  return ((h >>> 16) ^ h) & 0xffff
}

/** Tag → question id over a module's questions. */
export function tagIndex(ids: readonly string[]): Map<number, string> {
  return new Map(ids.map((id) => [questionTag(id), id]))
}
