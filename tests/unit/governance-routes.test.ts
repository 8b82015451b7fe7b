import { describe, expect, it } from 'vitest';
import type { Route } from '@/routing/router';
import { hrefFor, parseHash } from '@/routing/router';

describe('validation, spreadsheet and catalogue routes', () => {
  it.each<Route>([
    { name: 'validation', assessmentId: 'a b/c' },
    { name: 'spreadsheets', assessmentId: 'demo-demoland-round-2' },
    { name: 'catalogues' },
  ])('round-trips %o through the hash', (route) => {
    expect(parseHash(hrefFor(route)).route).toEqual(route);
  });

  it('does not mistake a deeper path for the validation page', () => {
    expect(parseHash('#/assessments/x/validation/extra').route).toEqual({ name: 'not-found' });
  });
});
