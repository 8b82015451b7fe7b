import { describe, expect, it } from 'vitest';
import { answerSpread } from '@/domain/consensus';
import { checkComment, checkMember, checkSource, isValidSourceDate } from '@/domain/record-validation';
import type { SourceInput } from '@/domain/record-validation';
import { fixtureCatalogue } from './catalogue-fixtures';
import { response } from './response-builders';

const source: SourceInput = {
  type: 'law',
  title: 'Foreign Residents Act',
  section: 'Art. 4',
  date: '2018-03-14',
  url: 'https://example.org/act',
  excerpt: '',
};

describe('source input', () => {
  it('accepts a complete source, and one with only type and title', () => {
    expect(checkSource(source)).toBeNull();
    expect(checkSource({ ...source, section: '', date: '', url: '' })).toBeNull();
  });

  it('names the first problem field', () => {
    expect(checkSource({ ...source, title: '   ' })).toEqual({ field: 'title', code: 'required' });
    expect(checkSource({ ...source, url: 'javascript:alert(1)' })).toEqual({ field: 'url', code: 'invalid' });
    expect(checkSource({ ...source, url: 'www.example.org' })).toEqual({ field: 'url', code: 'invalid' });
    expect(checkSource({ ...source, date: '2018-02-30' })).toEqual({ field: 'date', code: 'invalid' });
    expect(checkSource({ ...source, type: 'rumour' as SourceInput['type'] })).toEqual({ field: 'type', code: 'invalid' });
  });

  it('accepts a year or a month for laws cited that way', () => {
    expect(isValidSourceDate('2018')).toBe(true);
    expect(isValidSourceDate('2018-03')).toBe(true);
    expect(isValidSourceDate('2018-13')).toBe(false);
    expect(isValidSourceDate('14/03/2018')).toBe(false);
  });
});

describe('comment and member input', () => {
  it('needs words except for a plain agreement, and a suggestion from the scale', () => {
    expect(checkComment({ body: '', verdict: 'agree', suggestedAnswer: null }, ['yes'])).toBeNull();
    expect(checkComment({ body: ' ', verdict: null, suggestedAnswer: null }, ['yes'])).toEqual({ field: 'body', code: 'required' });
    expect(checkComment({ body: 'No: the decree lapsed', verdict: 'disagree', suggestedAnswer: 'maybe' }, ['yes', 'no'])).toEqual({
      field: 'suggestedAnswer',
      code: 'invalid',
    });
  });

  it('needs a member name and a known role', () => {
    expect(checkMember({ name: 'Amal Haddad', institution: 'Ministry of Interior', role: 'coordinator' })).toBeNull();
    expect(checkMember({ name: '', institution: '', role: 'member' })).toEqual({ field: 'name', code: 'required' });
    expect(checkMember({ name: 'X', institution: '', role: 'boss' as 'member' })).toEqual({ field: 'role', code: 'invalid' });
  });
});

describe('answer spread', () => {
  const indicator = fixtureCatalogue('1.0.0').indicators[0]!;
  const [first, second] = indicator.scale.options;
  const at = '2026-01-01';

  it('counts members per option and finds a majority', () => {
    const spread = answerSpread(
      indicator,
      response(indicator.id, {
        memberAnswers: {
          m1: { answer: first!.value, note: '', at },
          m2: { answer: first!.value, note: '', at },
          m3: { answer: second!.value, note: '', at },
          m4: { answer: null, note: 'abstain', at },
        },
      }),
    );
    expect(spread.counts.map((c) => c.count).slice(0, 2)).toEqual([2, 1]);
    expect(spread).toMatchObject({ total: 3, unanimous: false, majority: first });
  });

  it('has no majority on a tie and is unanimous when all agree', () => {
    const tie = answerSpread(
      indicator,
      response(indicator.id, {
        memberAnswers: { m1: { answer: first!.value, note: '', at }, m2: { answer: second!.value, note: '', at } },
      }),
    );
    expect(tie.majority).toBeUndefined();
    const all = answerSpread(indicator, response(indicator.id, { memberAnswers: { m1: { answer: second!.value, note: '', at } } }));
    expect(all.unanimous).toBe(true);
    expect(answerSpread(indicator, response(indicator.id)).unanimous).toBe(false);
  });
});
