import { describe, expect, it } from 'vitest';
import type { Notice } from '@/state/ui-store';
import { MAX_NOTICES, withNotice } from '@/state/ui-store';

const notice = (id: number, tone: Notice['tone']): Notice => ({ id, tone, message: () => `m${id}` });

describe('messages on screen', () => {
  it('never shows more than three at once, newest kept', () => {
    let shown: Notice[] = [];
    for (let id = 1; id <= 6; id++) shown = withNotice(shown, notice(id, 'success'));
    expect(shown.map((n) => n.id)).toEqual([4, 5, 6]);
    expect(MAX_NOTICES).toBe(3);
  });

  it('lets confirmations go before errors, which wait to be dismissed', () => {
    let shown: Notice[] = [notice(1, 'error'), notice(2, 'success'), notice(3, 'info')];
    shown = withNotice(shown, notice(4, 'success'));
    expect(shown.map((n) => n.id)).toEqual([1, 3, 4]);
  });

  it('drops the oldest error only when errors fill every place', () => {
    const shown = withNotice([notice(1, 'error'), notice(2, 'error'), notice(3, 'error')], notice(4, 'error'));
    expect(shown.map((n) => n.id)).toEqual([2, 3, 4]);
  });
});
