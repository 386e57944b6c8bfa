// A tiny typed message lookup. vue-i18n would add ~15 KB gzip to the first paint for features we do not
// need (plural rules, number/date formats); the app has two locales and plain `{name}` interpolation.
import { inject, ref, type App, type InjectionKey, type Ref } from 'vue'
import { fillTemplate } from '@/domain/template'
import vi from './vi'
import type features from './features'
import type welcome from './vi-welcome'

export type Messages = typeof vi & typeof welcome & typeof features
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>
}[keyof T & string]
export type MessageKey = Leaves<Messages>
export type Locale = 'vi' | 'en'
export type DeepPartial<T> = { [K in keyof T]?: T[K] extends string ? string : DeepPartial<T[K]> }

// English is loaded when chosen (src/app/App.vue): a newcomer's first paint carries Vietnamese only.
const catalogs: Partial<Record<Locale, DeepPartial<Messages>>> = { vi: vi as DeepPartial<Messages> }
const localeLoads: Partial<Record<Locale, Promise<void>>> = {}

/** Loads a locale's strings once (a precached chunk); Vietnamese is always there. */
export function loadLocale(locale: Locale): Promise<void> {
  if (catalogs[locale]) return Promise.resolve()
  localeLoads[locale] ??= import('./en').then((m) => {
    catalogs.en = m.default
  })
  return localeLoads[locale]
}
let featureMessages: DeepPartial<Messages> | undefined
let featureLoad: Promise<void> | undefined
let welcomeMessages: DeepPartial<Messages> | undefined
let welcomeLoad: Promise<void> | undefined

/** Loads the welcome's strings once: the welcome route waits for them with its page (they are also in features). */
export function loadWelcomeMessages(): Promise<void> {
  welcomeLoad ??= import('./vi-welcome').then((m) => {
    welcomeMessages = m.default as DeepPartial<Messages>
  })
  return welcomeLoad
}

/** Loads the feature strings once (a precached chunk); the router awaits it before navigating. */
export function loadFeatureMessages(): Promise<void> {
  featureLoad ??= import('./features').then((m) => {
    featureMessages = m.default as DeepPartial<Messages>
  })
  return featureLoad
}

/**
 * The Vietnamese feature strings as one object, for a store or page that reads a group of them (import lines, a
 * report's words): the router loads them before any page, so no page chunk carries its own copy of a vi-* file.
 */
export function featureStrings(): typeof features {
  if (!featureMessages) throw new Error('feature strings read before loadFeatureMessages() resolved')
  return featureMessages as typeof features
}

/** For tests: make the feature strings available synchronously. */
export function setFeatureMessages(messages: DeepPartial<Messages>): void {
  featureMessages = messages
  featureLoad = Promise.resolve()
}

function lookup(messages: DeepPartial<Messages>, key: string): string | undefined {
  let node: unknown = messages
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string, unknown>)[part]
  }
  return typeof node === 'string' ? node : undefined
}

export function translate(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  const template =
    (catalogs[locale] && lookup(catalogs[locale], key)) ??
    lookup(vi as DeepPartial<Messages>, key) ??
    (welcomeMessages && lookup(welcomeMessages, key)) ??
    (featureMessages && lookup(featureMessages, key)) ??
    key
  if (!params) return template
  return fillTemplate(template, params)
}

export interface I18n {
  locale: Ref<Locale>
  t: (key: MessageKey, params?: Record<string, string | number>) => string
}

const KEY: InjectionKey<I18n> = Symbol('i18n')

export function createI18n(initial: Locale = 'vi'): I18n & { install: (app: App) => void } {
  const locale = ref<Locale>(initial)
  const i18n: I18n = {
    locale,
    // Reading locale.value inside t() makes every template that calls t() re-render on a switch.
    t: (key, params) => translate(locale.value, key, params),
  }
  return {
    ...i18n,
    install(app: App) {
      app.provide(KEY, i18n)
    },
  }
}

export function useI18n(): I18n {
  const i18n = inject(KEY)
  if (!i18n) throw new Error('useI18n() called without the i18n plugin installed')
  return i18n
}
