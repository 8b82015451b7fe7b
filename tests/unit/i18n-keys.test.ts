import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { KeyIn, KeyMap, QualifiedKey, Translate } from '@/i18n/keys';
import { keyFor } from '@/i18n/keys';

const i18nFolder = fileURLToPath(new URL('../../src/i18n/', import.meta.url));

describe('typed translation keys', () => {
  it('registers every English string file in keys.ts, so its keys are typed', () => {
    const keysSource = readFileSync(`${i18nFolder}keys.ts`, 'utf8');
    const files = readdirSync(`${i18nFolder}locales/en`).filter((name) => name.endsWith('.json'));
    const unregistered = files.filter((file) => {
      const namespace = file.replace(/\.json$/, '');
      const imported = keysSource.includes(`from './locales/en/${file}';`);
      const listed = new RegExp(`^\\s+'?${namespace}'?: typeof \\w+;$`, 'm').test(keysSource);
      return !(imported && listed);
    });
    expect(unregistered).toEqual([]);
  });

  it('rejects a missing key at typecheck time and accepts real ones', () => {
    // `npm run typecheck` covers tests/: each @ts-expect-error fails the typecheck if the line compiles.
    const seen: string[] = [];
    const t: Translate<'scoring'> = (key) => {
      seen.push(key);
      return key;
    };
    t('table.columns.id');
    t('common:cancel' satisfies QualifiedKey);
    // @ts-expect-error a key no English string file has
    t('table.columns.doesNotExist');
    // @ts-expect-error a key of another namespace needs its prefix
    t('cancel');
    const plural: KeyIn<'people'> = 'history.decisionsWithdrawn'; // called without _one/_other, with a count
    expect(seen).toEqual(['table.columns.id', 'common:cancel', 'table.columns.doesNotExist', 'cancel']);
    expect(plural).toBe('history.decisionsWithdrawn');
  });

  it('maps a value read at run time to its key only when the map has one', () => {
    const labels: KeyMap<'low' | 'high', 'scoring'> = { low: 'confidence.low', high: 'confidence.high' };
    expect(keyFor(labels, 'low')).toBe('confidence.low');
    expect(keyFor(labels, 'medium')).toBeUndefined();
    expect(keyFor(labels, 'toString')).toBeUndefined();
  });
});
