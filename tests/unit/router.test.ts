import { describe, expect, it } from 'vitest';
import { hrefFor, parseHash } from '@/routing/router';

describe('hash routes', () => {
  it('round-trips every route with its view parameters', () => {
    const params = new URLSearchParams({ domain: 'D2', q: 'visa' });
    const href = hrefFor({ name: 'assessment', assessmentId: 'abc 1' }, params);
    const parsed = parseHash(href);
    expect(parsed.route).toEqual({ name: 'assessment', assessmentId: 'abc 1' });
    expect(parsed.params.get('q')).toBe('visa');
    expect(parseHash(hrefFor({ name: 'profile', assessmentId: 'x' })).route).toEqual({ name: 'profile', assessmentId: 'x' });
    expect(parseHash('').route).toEqual({ name: 'home' });
    expect(parseHash('#/nowhere/at/all').route).toEqual({ name: 'not-found' });
  });
});

describe('exchange and storage routes', () => {
  it('round-trips the general and per-assessment exchange pages and the storage page', () => {
    expect(parseHash('#/exchange').route).toEqual({ name: 'exchange', assessmentId: null });
    expect(parseHash(hrefFor({ name: 'exchange', assessmentId: 'a b' })).route).toEqual({ name: 'exchange', assessmentId: 'a b' });
    expect(parseHash(hrefFor({ name: 'storage' })).route).toEqual({ name: 'storage' });
    expect(parseHash('#/assessments/x/exchange/extra').route).toEqual({ name: 'not-found' });
  });
});

describe('report route', () => {
  it('round-trips the report screen of an assessment', () => {
    const href = hrefFor({ name: 'report', assessmentId: 'demo 2' });
    expect(href).toBe('#/assessments/demo%202/report');
    expect(parseHash(href).route).toEqual({ name: 'report', assessmentId: 'demo 2' });
    expect(parseHash('#/assessments/x/report/extra').route).toEqual({ name: 'not-found' });
  });
});
