import { describe, expect, it } from 'vitest';
import { linkIndicators, NoMigrationPathError } from '@/domain/catalogue-migration';
import { fixtureCatalogue, fixtureCatalogues } from './catalogue-fixtures';

describe('linking indicators across catalogue versions', () => {
  const all = fixtureCatalogues();
  const v100 = fixtureCatalogue('1.0.0');
  const v110 = fixtureCatalogue('1.1.0');
  const v120 = fixtureCatalogue('1.2.0');

  it('follows each kind of change from 1.0.0 to 1.1.0', () => {
    const links = Object.fromEntries(linkIndicators(v100, v110, all).map((l) => [l.fromId, l]));
    expect(links.A1).toEqual({ fromId: 'A1', toIds: ['A1'], comparability: 'reworded' });
    expect(links.A2).toEqual({ fromId: 'A2', toIds: ['A2x'], comparability: 'renamed' });
    expect(links.A3).toEqual({ fromId: 'A3', toIds: ['A3'], comparability: 'same' });
    expect(links.B1).toEqual({ fromId: 'B1', toIds: ['B1a', 'B1b'], comparability: 'split' });
    expect(links.B2?.comparability).toBe('same');
    expect(links.B3).toEqual({ fromId: 'B3', toIds: [], comparability: 'removed' });
  });

  it('chains two steps and keeps the weaker comparability', () => {
    const links = Object.fromEntries(linkIndicators(v100, v120, all).map((l) => [l.fromId, l]));
    // A2 was renamed in 1.1.0, then merged with A3 in 1.2.0: merged is weaker than renamed.
    expect(links.A2).toEqual({ fromId: 'A2', toIds: ['A23'], comparability: 'merged' });
    expect(links.A3).toEqual({ fromId: 'A3', toIds: ['A23'], comparability: 'merged' });
    expect(links.A1?.comparability).toBe('reworded');
  });

  it('links a version to itself as unchanged', () => {
    expect(linkIndicators(v110, v110, all).every((l) => l.comparability === 'same' && l.toIds[0] === l.fromId)).toBe(true);
  });

  it('refuses to go backwards, where no migration map exists', () => {
    expect(() => linkIndicators(v120, v100, all)).toThrow(NoMigrationPathError);
  });
});
