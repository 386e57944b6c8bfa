// Message templates: "{name}" placeholders filled in. Its own module so the first paint (i18n) takes only this.
/** "{name}" placeholders filled from `params` (own keys only); an unknown placeholder stays as written. */
export function fillTemplate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (Object.hasOwn(params, k) ? String(params[k]) : m))
}
