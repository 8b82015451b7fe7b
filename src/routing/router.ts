import { useSyncExternalStore } from 'react';

/**
 * A hash router: the app is served as static files (and offline from a service worker), so the
 * hash keeps every view addressable without server rewrites. The query part after `?` carries
 * view state such as filters, so a reload restores exactly what the user saw.
 */

export type Route =
  | { readonly name: 'home' }
  /** Loads (or reloads) the demo assessment and shows its profile: the link the README gives newcomers. */
  | { readonly name: 'demo' }
  | { readonly name: 'assessment'; readonly assessmentId: string }
  | { readonly name: 'profile'; readonly assessmentId: string }
  /** Member packages: import any (`#/exchange`), or export and merge one assessment's. */
  | { readonly name: 'exchange'; readonly assessmentId: string | null }
  /** Storage health, backup and restore, snapshots. */
  | { readonly name: 'storage' }
  /** Export the profile as PDF (English or Arabic) and verify a report PDF. */
  | { readonly name: 'report'; readonly assessmentId: string }
  | { readonly name: 'not-found' };

export type Location = { readonly route: Route; readonly params: URLSearchParams };

export function parseHash(hash: string): Location {
  const raw = hash.replace(/^#/, '') || '/';
  const [path = '/', query = ''] = raw.split('?', 2);
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { route: { name: 'home' }, params };
  if (parts.length === 1 && parts[0] === 'demo') return { route: { name: 'demo' }, params };
  if (parts.length === 1 && parts[0] === 'exchange') return { route: { name: 'exchange', assessmentId: null }, params };
  if (parts.length === 1 && parts[0] === 'storage') return { route: { name: 'storage' }, params };
  if (parts[0] === 'assessments' && parts[1]) {
    if (parts.length === 2) return { route: { name: 'assessment', assessmentId: parts[1] }, params };
    if (parts[2] === 'profile' && parts.length === 3) return { route: { name: 'profile', assessmentId: parts[1] }, params };
    if (parts[2] === 'exchange' && parts.length === 3) return { route: { name: 'exchange', assessmentId: parts[1] }, params };
    if (parts[2] === 'report' && parts.length === 3) return { route: { name: 'report', assessmentId: parts[1] }, params };
  }
  return { route: { name: 'not-found' }, params };
}

export function hrefFor(route: Route, params?: URLSearchParams): string {
  const query = params && [...params.keys()].length > 0 ? `?${params.toString()}` : '';
  switch (route.name) {
    case 'home':
      return `#/${query}`;
    case 'demo':
      return '#/demo';
    case 'assessment':
      return `#/assessments/${encodeURIComponent(route.assessmentId)}${query}`;
    case 'profile':
      return `#/assessments/${encodeURIComponent(route.assessmentId)}/profile${query}`;
    case 'exchange':
      return route.assessmentId === null ? `#/exchange${query}` : `#/assessments/${encodeURIComponent(route.assessmentId)}/exchange${query}`;
    case 'storage':
      return `#/storage${query}`;
    case 'report':
      return `#/assessments/${encodeURIComponent(route.assessmentId)}/report${query}`;
    case 'not-found':
      return '#/';
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useLocation(): Location {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash, () => '');
  return parseHash(hash);
}

export function navigate(route: Route, params?: URLSearchParams): void {
  window.location.hash = hrefFor(route, params);
}

/** Updates the query part without adding a history entry, for view state like filters. */
export function replaceParams(params: URLSearchParams): void {
  const { route } = parseHash(window.location.hash);
  const next = hrefFor(route, params);
  window.history.replaceState(null, '', next);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}
