import { createInstance } from 'i18next';
import { createStore } from 'zustand/vanilla';
import type { Locale } from '@/domain/localized-text';
import type { Namespace, QualifiedKey, Translate } from './keys';
import { textDirection } from '@/domain/localized-text';

/**
 * The single i18next instance. Strings live in locales/<lang>/<namespace>.json, one namespace per
 * feature, so features never edit each other's files and each screen loads only its own strings
 * (the start bundle has a budget). English is the fallback and the reference:
 * tests/unit/i18n-completeness.test.ts fails when Arabic misses a key English has.
 */

type Strings = Record<string, unknown>;
const loaders = import.meta.glob<Strings>('./locales/*/*.json', { import: 'default' });

/** What the start screen needs before its first paint. */
export const START_NAMESPACES = ['common', 'assessments'] as const satisfies readonly Namespace[];

export const i18n = createInstance();

/**
 * The language on screen, the one source of the locale (device-prefs only remembers it for the
 * next start), and a counter that moves whenever strings arrive, so screens re-render (use-t.ts).
 * A zustand vanilla store, the app's one store primitive (docs/adr/0010).
 */
export const translationsStore = createStore<{ readonly locale: Locale; readonly version: number }>()(() => ({ locale: 'en', version: 0 }));

/** Called after the language changes or new strings arrive. */
export function onTranslationsChanged(listener: () => void): () => void {
  return translationsStore.subscribe(() => listener());
}

function announceChange(locale: Locale = translationsStore.getState().locale): void {
  translationsStore.setState((state) => ({ locale, version: state.version + 1 }));
}

/** The language on screen. */
export function currentLocale(): Locale {
  return translationsStore.getState().locale;
}
const loadedBundles = new Set<string>();
const namespacesInUse = new Set<Namespace>(START_NAMESPACES);

/**
 * Starts downloading namespaces before i18next is set up (a bookmarked screen's strings, from
 * main.tsx): loadNamespaces later finds them in the module cache instead of fetching after the
 * first render.
 */
export function prefetchNamespaces(locale: Locale, namespaces: readonly Namespace[]): void {
  const languages = locale === 'en' ? ['en'] : [locale, 'en'];
  for (const language of languages)
    for (const namespace of namespaces) void loaders[`./locales/${language}/${namespace}.json`]?.().catch(() => undefined);
}

/** Loads namespaces for a locale (and English, the fallback) if not yet loaded. */
export async function loadNamespaces(locale: Locale, namespaces: readonly Namespace[]): Promise<void> {
  for (const namespace of namespaces) namespacesInUse.add(namespace);
  const languages = locale === 'en' ? ['en'] : [locale, 'en'];
  await Promise.all(
    languages.flatMap((language) =>
      namespaces.map(async (namespace) => {
        const key = `${language}/${namespace}`;
        const load = loaders[`./locales/${key}.json`];
        if (loadedBundles.has(key) || !load) return;
        i18n.addResourceBundle(language, namespace, await load(), true, true);
        loadedBundles.add(key);
      }),
    ),
  );
  announceChange();
}

export async function initI18n(locale: Locale): Promise<typeof i18n> {
  // Requested now, in the caller's task: after the first await below they would queue behind
  // whatever the caller requests next (a bookmarked screen's code, twenty-odd files).
  prefetchNamespaces(locale, [...namespacesInUse]);
  if (!i18n.isInitialized) {
    await i18n.init({
      resources: {},
      lng: locale,
      fallbackLng: 'en',
      ns: [...START_NAMESPACES],
      defaultNS: 'common',
      interpolation: { escapeValue: false }, // React escapes; the PDF layer never renders HTML.
      returnNull: false,
      partialBundledLanguages: true,
    });
  }
  await loadNamespaces(locale, [...namespacesInUse]);
  await i18n.changeLanguage(locale);
  applyDocumentLocale(locale);
  announceChange(locale);
  return i18n;
}

export function applyDocumentLocale(locale: Locale): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = locale;
  document.documentElement.dir = textDirection(locale);
}

export async function changeLocale(locale: Locale): Promise<void> {
  await loadNamespaces(locale, [...namespacesInUse]);
  await i18n.changeLanguage(locale);
  applyDocumentLocale(locale);
  announceChange(locale);
}

/** A translate function fixed to one locale, for code outside React (PDF, CSV headers). */
export function translatorFor(locale: Locale): Translate {
  const fixed = i18n.getFixedT(locale);
  return (key, options) => String(fixed(key, options ?? {}));
}

/**
 * A key built at run time from an open set (a field path read from a file), if the strings have
 * it. The one place a computed string becomes a key; closed sets use typed maps or unions instead.
 */
export function existingKey(key: string, locale: Locale): QualifiedKey | null {
  return i18n.exists(key, { lng: locale }) ? (key as QualifiedKey) : null;
}
