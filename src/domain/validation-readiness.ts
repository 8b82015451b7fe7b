import type { Comment, Response } from './assessment';

/**
 * What a lock may claim. An assessment is locked "as validated" only when every applicable
 * indicator was agreed by the group and no comment is left open; otherwise the only lock on offer
 * is "validated with reservations", and the record then names every indicator still unresolved,
 * domain by domain, so the published profile never claims more than was agreed.
 */

export const LOCK_KINDS = ['validated', 'validated-with-reservations'] as const;
export type LockKind = (typeof LOCK_KINDS)[number];

export type UnresolvedReason = 'not-agreed' | 'open-comments';

export type UnresolvedIndicator = { readonly indicatorId: string; readonly reasons: readonly UnresolvedReason[] };

export type UnresolvedDomain = { readonly domainId: string; readonly indicators: readonly UnresolvedIndicator[] };

/** The indicators a lock with reservations left unresolved, as stored in the record (ids only). */
export type LockReservation = { domainId: string; indicatorIds: string[] };

type IndicatorRef = { readonly id: string; readonly domainId: string };

/** Statuses that mean the group settled the answer; 'validated' is an agreed answer after a lock. */
const SETTLED = new Set<Response['status']>(['agreed', 'validated']);

/** Unresolved indicators per domain, in catalogue order; domains with nothing unresolved are left out. */
export function unresolvedByDomain(
  indicators: readonly IndicatorRef[],
  responses: Iterable<Response>,
  comments: Iterable<Comment>,
): UnresolvedDomain[] {
  const byIndicator = new Map<string, Response>();
  for (const response of responses) byIndicator.set(response.indicatorId, response);
  const withOpenComments = new Set<string>();
  for (const comment of comments) if (comment.parentId === null && !comment.resolved) withOpenComments.add(comment.indicatorId);
  const domains: { domainId: string; indicators: UnresolvedIndicator[] }[] = [];
  for (const indicator of indicators) {
    const response = byIndicator.get(indicator.id);
    const reasons: UnresolvedReason[] = [];
    // A not-applicable indicator has nothing to agree on; an untouched one is never settled.
    const applicable = !response?.notApplicable;
    if (applicable && (!response || !SETTLED.has(response.status))) reasons.push('not-agreed');
    if (withOpenComments.has(indicator.id)) reasons.push('open-comments');
    if (reasons.length === 0) continue;
    let domain = domains.find((d) => d.domainId === indicator.domainId);
    if (!domain) {
      domain = { domainId: indicator.domainId, indicators: [] };
      domains.push(domain);
    }
    domain.indicators.push({ indicatorId: indicator.id, reasons });
  }
  return domains;
}

export function unresolvedCount(domains: readonly UnresolvedDomain[]): number {
  return domains.reduce((sum, domain) => sum + domain.indicators.length, 0);
}

/** The lock kinds the group may choose from: never "validated" while anything is unresolved. */
export function allowedLockKinds(domains: readonly UnresolvedDomain[]): readonly LockKind[] {
  return unresolvedCount(domains) === 0 ? ['validated'] : ['validated-with-reservations'];
}

/** Why a lock of this kind is refused: "validated" while something is unresolved. */
export function lockKindIssue(kind: LockKind, domains: readonly UnresolvedDomain[]): 'indicators-unresolved' | null {
  return kind === 'validated' && unresolvedCount(domains) > 0 ? 'indicators-unresolved' : null;
}

export function lockReservations(domains: readonly UnresolvedDomain[]): LockReservation[] {
  return domains.map((domain) => ({ domainId: domain.domainId, indicatorIds: domain.indicators.map((i) => i.indicatorId) }));
}
