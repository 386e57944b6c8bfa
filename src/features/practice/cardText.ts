// Markup helpers the present-mode cards of several practice types share.

export const bullets = (lines: string[]): string => lines.map((l) => `- ${l}`).join('\n')

/** "**term**: why", without a double colon when the term already ends with punctuation. */
export const explain = (term: string, why: string): string =>
  `**${term.trim()}**${/[:.!?…]$/.test(term.trim()) ? '' : ':'} ${why}`
