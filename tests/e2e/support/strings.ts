import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The app's own strings, read from its locale files, so one test runs in English and in Arabic
 * and fails if a translation goes missing (an empty or absent string would match nothing).
 */
export type Language = 'en' | 'ar';

const cache = new Map<string, unknown>();

function namespace(language: Language, name: string): unknown {
  const key = `${language}/${name}`;
  if (!cache.has(key)) cache.set(key, JSON.parse(readFileSync(join(process.cwd(), 'src/i18n/locales', language, `${name}.json`), 'utf8')));
  return cache.get(key);
}

/** `tr('ar', 'people:members.retireOf', { name })`: the string with its {{placeholders}} filled. */
export function tr(language: Language, key: string, values: Record<string, string> = {}): string {
  const [ns, path] = key.split(':') as [string, string];
  const text = path
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], namespace(language, ns));
  if (typeof text !== 'string' || text === '') throw new Error(`no ${language} string for ${key}`);
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? `{{${name}}}`);
}

/** A regular expression matching the string's start, up to its first placeholder. */
export function startOf(language: Language, key: string): RegExp {
  const head = tr(language, key).split('{{')[0] ?? '';
  return new RegExp(`^${head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}
