/**
 * Checks for content that has no business in an indicator catalogue or an answers sheet and
 * would only be there to attack someone: HTML or script markup, and JSON keys that reach into
 * JavaScript's object prototype. React and the PDF layer print text, never markup, so this is
 * defence in depth: such files are refused with a clear message rather than stored.
 */

const MARKUP =
  /<\s*\/?\s*(script|iframe|object|embed|svg|math|img|style|link|meta|form|input|button|a|body|html|base|frame|frameset|video|audio|source|details|template)\b|javascript\s*:|vbscript\s*:|data\s*:\s*text\/html/i;

/** True when the text looks like HTML or a script URL; a lone `<` (as in "age < 18") is fine. */
export function markupProblem(text: string): boolean {
  return MARKUP.test(text);
}

export const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

export type HostileFinding = { readonly kind: 'forbidden-key' | 'markup' | 'too-deep'; readonly path: string };

/** No file of the app nests deeper than about 12 levels; 64 leaves room and keeps every walk shallow. */
export const MAX_JSON_DEPTH = 64;
const MAX_DEPTH = MAX_JSON_DEPTH;

/**
 * True when parsed JSON nests deeper than `limit`. Iterative on purpose: a file nested 100,000
 * levels deep (JSON.parse accepts it) must be refused for its depth, not overflow the stack of a
 * recursive check.
 */
export function nestsDeeperThan(value: unknown, limit: number = MAX_JSON_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > limit) return true;
    for (const item of Array.isArray(node) ? node : Object.values(node)) {
      if (typeof item === 'object' && item !== null) stack.push([item, depth + 1]);
    }
  }
  return false;
}

/**
 * Walks parsed JSON for forbidden keys and markup in strings; returns the first finding with its
 * JSON path. JSON.parse keeps `__proto__` as an own key, so Object.keys sees it.
 */
export function findHostileContent(value: unknown, path = '', depth = 0): HostileFinding | null {
  if (depth === 0 && nestsDeeperThan(value)) return { kind: 'too-deep', path: '' };
  if (depth > MAX_DEPTH) return { kind: 'too-deep', path };
  if (typeof value === 'string') return markupProblem(value) ? { kind: 'markup', path } : null;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const found = findHostileContent(value[index], `${path}[${index}]`, depth + 1);
      if (found) return found;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) {
      const childPath = path === '' ? key : `${path}.${key}`;
      if ((FORBIDDEN_KEYS as readonly string[]).includes(key)) return { kind: 'forbidden-key', path: childPath };
      const found = findHostileContent((value as Record<string, unknown>)[key], childPath, depth + 1);
      if (found) return found;
    }
  }
  return null;
}
