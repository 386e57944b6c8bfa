// The browser baseline, read from .browserslistrc (the one place it is decided): the oldest version of each
// engine family, as the build's syntax target ("chrome87", "safari15", …) and for the compat test.
import browserslist from 'browserslist'

export type Family = 'chrome' | 'safari' | 'firefox'

/** browserslist names → the engine family whose oldest version counts (WebView and Chrome for Android are Chrome). */
const FAMILY: Record<string, Family> = {
  chrome: 'chrome',
  and_chr: 'chrome',
  android: 'chrome',
  ios_saf: 'safari',
  safari: 'safari',
  firefox: 'firefox',
  and_ff: 'firefox',
}

/** The project root: the build and the tests run from there. */
const root = process.cwd()

/** The oldest version of each family the baseline names, e.g. { chrome: 87, safari: 15, firefox: 140 }. */
export function baseline(path = root): Record<Family, number> {
  const min: Partial<Record<Family, number>> = {}
  for (const entry of browserslist(undefined, { path })) {
    const [name, version] = entry.split(' ') as [string, string]
    const family = FAMILY[name]
    if (!family)
      throw new Error(
        `.browserslistrc names ${entry}, which the build cannot target: use chrome, and_chr, android, ios_saf, safari or firefox`,
      )
    // "15.0-15.1" → 15.0; "TP" never appears for these queries.
    const v = Number.parseFloat(version.split('-')[0]!)
    if (Number.isFinite(v) && (min[family] === undefined || v < min[family]!)) min[family] = v
  }
  for (const f of ['chrome', 'safari', 'firefox'] as const)
    if (min[f] === undefined) throw new Error(`.browserslistrc names no ${f} version`)
  return min as Record<Family, number>
}

/** The build target: the syntax every baseline engine parses ("chrome87", "edge87", "safari15", "firefox140"). */
export function buildTarget(path = root): string[] {
  const b = baseline(path)
  return [`chrome${b.chrome}`, `edge${b.chrome}`, `safari${b.safari}`, `firefox${b.firefox}`]
}
