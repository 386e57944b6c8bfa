// Names and other free text carried in codes: one canonical form, so the encoder and the decoder agree
// byte for byte and a name cannot hide control or direction-override characters in the teacher's list.

/** Longest student, teacher or class name, in characters (Unicode code points after NFC). */
export const NAME_MAX = 40
/** Longest school or upper-level name. */
export const LONG_NAME_MAX = 100

const SPACES = /[\p{Cc}\p{Z}\s]+/gu
// Format (zero-width, bidi overrides), private-use and lone-surrogate characters: invisible or unprintable.
const HIDDEN = /[\p{Cf}\p{Co}\p{Cs}]/gu

/**
 * NFC, hidden characters removed, runs of spaces and line breaks made one space, trimmed, cut to `max`
 * characters. NFC matters: a name typed with combining accents (some keyboards) would otherwise be longer
 * and compare unequal to the same name typed precomposed. Idempotent.
 */
export function normalizeText(raw: string, max: number): string {
  const flat = raw.normalize('NFC').replace(HIDDEN, '').replace(SPACES, ' ').trim()
  const chars = Array.from(flat)
  if (chars.length <= max) return flat
  return chars.slice(0, max).join('').normalize('NFC').trimEnd()
}

/** What a student or teacher name becomes in a code (at most 40 characters). */
export function normalizeName(raw: string): string {
  return normalizeText(raw, NAME_MAX)
}

/** Throws RangeError for an empty result: the pages must ask for a name before encoding. */
export function requiredText(raw: string, max: number, what: string): string {
  if (typeof raw !== 'string') throw new RangeError(`${what} must be a string`)
  const t = normalizeText(raw, max)
  if (t === '') throw new RangeError(`${what} is empty`)
  return t
}

/** The decoder's check: the text is non-empty and already in the form the encoder writes. */
export function isCanonicalText(t: string, max: number): boolean {
  return t !== '' && normalizeText(t, max) === t
}

/**
 * A name as a person reads it, for matching only: NFC first (so a name typed with combining accents equals
 * the precomposed one), then case, diacritics and đ folded, spaces collapsed. "Nguyễn  Văn AN" and
 * "nguyen van an" fold alike. Never stored or shown.
 */
export function foldName(raw: string): string {
  return raw
    .normalize('NFC')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(HIDDEN, '')
    .replace(SPACES, ' ')
    .trim()
}

/** ASCII file-name part: 'Trường THCS Nguyễn Du' → 'truong-thcs-nguyen-du'. */
export function slug(text: string): string {
  return foldName(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/**
 * The one check of a name typed into a create or join form: the name as a code will carry it, or undefined
 * when it is no name — empty, only invisible characters (a zero-width space), or a suggestion left with its
 * "…" to fill in. Every form asks again with its own message; every store refuses the same names.
 */
export function formName(raw: string, max: number): string | undefined {
  if (typeof raw !== 'string' || raw.includes('…')) return undefined
  return normalizeText(raw, max) || undefined
}

/** Each named field of a create form through formName, or a RangeError naming the first that is no name. */
export function formNames<K extends string>(
  form: Readonly<Record<K, string>>,
  keys: readonly K[],
  max: number,
): Record<K, string> {
  const out = {} as Record<K, string>
  for (const k of keys) {
    const v = formName(form[k], max)
    if (!v) throw new RangeError(`${k} is required`)
    out[k] = v
  }
  return out
}
