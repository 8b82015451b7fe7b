import { describe, expect, it } from 'vitest';
import { safeHref } from '@/lib/safe-link';
import { HOSTILE_URLS } from './hostile-urls';

describe('the one safe-URL rule', () => {
  it.each(HOSTILE_URLS)('never turns %j into a link', (url) => {
    expect(safeHref(url)).toBeNull();
  });

  it('links http, https and mailto, normalised by the URL parser', () => {
    expect(safeHref(' https://laws.example.org/act ')).toBe('https://laws.example.org/act');
    expect(safeHref('HTTP://Example.org')).toBe('http://example.org/');
    expect(safeHref('mailto:twg@example.org')).toBe('mailto:twg@example.org');
  });
});
