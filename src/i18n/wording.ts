import type { Locale } from '@/domain/localized-text';
import { formatNumber } from './format';
import type { KeyIn, Namespace, QualifiedKey, Translate, TranslateOptions } from './keys';
import { i18n } from './i18n';

/**
 * A message kept as what to say rather than as words already said: notices, refusals, import
 * results and form errors hold one and word it at each render, so a message shown in English reads
 * in Arabic once the user switches (and the other way round) instead of keeping its first language.
 */
export type Wording = (locale: Locale) => string;

/** A parameter is a value, or a wording of its own (a refusal's sentence inside a status line). */
export type WordingParam = string | number | Wording;

/**
 * The wording of one key. Numbers are formatted in the language of each render (Arabic digits in
 * Arabic); `count` stays a number, since i18next picks the plural form from it.
 */
export function wording(key: QualifiedKey, params: Readonly<Record<string, WordingParam>> = {}): Wording {
  return wordingIn('common', key, params);
}

/** The same, with the keys of one namespace bare, as `useT(namespace).t` takes them. */
export function wordingIn<N extends Namespace>(
  namespace: N,
  key: KeyIn<N> | QualifiedKey,
  params: Readonly<Record<string, WordingParam>> = {},
): Wording {
  return (locale) => {
    const values: TranslateOptions = {};
    for (const [name, value] of Object.entries(params)) {
      values[name] =
        typeof value === 'function' ? value(locale) : typeof value === 'number' && name !== 'count' ? formatNumber(value, locale) : value;
    }
    return translatorIn(locale, namespace)(key, values);
  };
}

/** A translate function fixed to one locale and namespace, for wording outside a render. */
export function translatorIn<N extends Namespace>(locale: Locale, namespace: N): Translate<N> {
  const fixed = i18n.getFixedT(locale, namespace);
  return (key, options) => String(fixed(key, options ?? {}));
}

/** Several wordings read as one line, each in the language of the render. */
export function joinWordings(...parts: readonly Wording[]): Wording {
  return (locale) => parts.map((part) => part(locale)).join(' ');
}
