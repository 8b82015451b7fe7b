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
  /** The government's validation: meeting, decisions by domain, lock and reopen. */
  | { readonly name: 'validation'; readonly assessmentId: string }
  /** Answers as CSV/XLSX, the offline scoring template and its import. */
  | { readonly name: 'spreadsheets'; readonly assessmentId: string }
  /** Importing an indicator catalogue file (e.g. a new MGI release). */
  | { readonly name: 'catalogues' }
  | { readonly name: 'not-found' };

export type Location = { readonly route: Route; readonly params: URLSearchParams };

export function parseHash(hash: string): Location {
  const raw = hash.replace(/^#/, '') || '/';
  const [path = '/', query = ''] = raw.split('?', 2);
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { route: { name: 'home' }, params };
  if (parts.length === 1 && parts[0] === 'demo') return { route: { name: 'demo' }, params };
  if (parts.length === 1 && parts[0] === 'catalogues') return { route: { name: 'catalogues' }, params };
  if (parts[0] === 'assessments' && parts[1]) {
    if (parts.length === 2) return { route: { name: 'assessment', assessmentId: parts[1] }, params };
    if (parts[2] === 'profile' && parts.length === 3) return { route: { name: 'profile', assessmentId: parts[1] }, params };
    if (parts[2] === 'validation' && parts.length === 3) return { route: { name: 'validation', assessmentId: parts[1] }, params };
    if (parts[2] === 'spreadsheets' && parts.length === 3) return { route: { name: 'spreadsheets', assessmentId: parts[1] }, params };
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
    case 'validation':
      return `#/assessments/${encodeURIComponent(route.assessmentId)}/validation${query}`;
    case 'spreadsheets':
      return `#/assessments/${encodeURIComponent(route.assessmentId)}/spreadsheets${query}`;
    case 'catalogues':
      return `#/catalogues${query}`;
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
