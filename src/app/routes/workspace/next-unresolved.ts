import type { Comment } from '@/domain/assessment';
import type { Catalogue } from '@/domain/catalogue';

/** The next indicator after `fromId` (in catalogue order, wrapping) with an open comment thread. */
export function nextWithOpenComments(catalogue: Catalogue, unresolved: readonly Comment[], fromId: string | null): string | null {
  const withOpen = new Set(unresolved.map((comment) => comment.indicatorId));
  const ids = catalogue.indicators.map((indicator) => indicator.id);
  const start = fromId === null ? -1 : ids.indexOf(fromId);
  for (let step = 1; step <= ids.length; step += 1) {
    const id = ids[(start + step + ids.length) % ids.length];
    if (id !== undefined && withOpen.has(id)) return id;
  }
  return null;
}
