import { useMemo } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

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
  /** Every printed text without a checked translation, each linked to its editor. */
  | { readonly name: 'translation'; readonly assessmentId: string }
  /** The government's validation: meeting, decisions by domain, lock and reopen. */
  | { readonly name: 'validation'; readonly assessmentId: string }
  /** Answers as CSV/XLSX, the offline scoring template and its import. */
  | { readonly name: 'spreadsheets'; readonly assessmentId: string }
  /** Importing an indicator catalogue file (e.g. a new MGI release). */
  | { readonly name: 'catalogues' }
  | { readonly name: 'not-found' };

export type Location = { readonly route: Route; readonly params: URLSearchParams };

/** Screens that belong to one assessment: `#/assessments/<id>/<screen>`. */
const ASSESSMENT_SCREENS = ['profile', 'exchange', 'report', 'translation', 'validation', 'spreadsheets'] as const;
type AssessmentScreen = (typeof ASSESSMENT_SCREENS)[number];

/** Screens of the whole store: `#/<screen>`. */
const STORE_SCREENS: Readonly<Record<string, Route>> = {
  demo: { name: 'demo' },
  exchange: { name: 'exchange', assessmentId: null },
  storage: { name: 'storage' },
  catalogues: { name: 'catalogues' },
};

function assessmentRoute(screen: AssessmentScreen, assessmentId: string): Route {
  return { name: screen, assessmentId };
}

export function parseHash(hash: string): Location {
  const raw = hash.replace(/^#/, '') || '/';
  const [path = '/', query = ''] = raw.split('?', 2);
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, id, screen] = parts;
  if (first === undefined) return { route: { name: 'home' }, params };
  if (parts.length === 1 && Object.hasOwn(STORE_SCREENS, first)) return { route: STORE_SCREENS[first] ?? { name: 'home' }, params };
  if (first === 'assessments' && id) {
    if (parts.length === 2) return { route: { name: 'assessment', assessmentId: id }, params };
    const known = ASSESSMENT_SCREENS.find((name) => name === screen);
    if (known && parts.length === 3) return { route: assessmentRoute(known, id), params };
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
      return route.assessmentId === null
        ? `#/exchange${query}`
        : `#/assessments/${encodeURIComponent(route.assessmentId)}/exchange${query}`;
    case 'storage':
      return `#/storage${query}`;
    case 'report':
      return `#/assessments/${encodeURIComponent(route.assessmentId)}/report${query}`;
    case 'translation':
      return `#/assessments/${encodeURIComponent(route.assessmentId)}/translation${query}`;
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

/**
 * Where a text is edited (the same shape as domain/printed-texts.ts's TextEditor): the profile tab
 * and the editor's anchor, or the indicator and its field. `focus` asks the screen to open and
 * focus that editor.
 */
export type EditorPlace =
  | { readonly kind: 'profile'; readonly tab: string; readonly anchor: string }
  | { readonly kind: 'indicator'; readonly indicatorId: string; readonly field: string }
  | { readonly kind: 'validation'; readonly domainId: string };

/** The element id of a domain decision's reservations editor on the validation screen. */
export function reservationsAnchor(domainId: string): string {
  return `reservations-${domainId}`;
}

export function editorLocation(assessmentId: string, editor: EditorPlace): Location {
  if (editor.kind === 'profile')
    return { route: { name: 'profile', assessmentId }, params: new URLSearchParams({ tab: editor.tab, focus: editor.anchor }) };
  if (editor.kind === 'validation')
    return { route: { name: 'validation', assessmentId }, params: new URLSearchParams({ focus: reservationsAnchor(editor.domainId) }) };
  return {
    route: { name: 'assessment', assessmentId },
    params: new URLSearchParams({ indicator: editor.indicatorId, focus: editor.field }),
  };
}

/**
 * The hash as last announced by `hashchange`, in the app's one store primitive (docs/adr/0010).
 * The browser's location stays the source of truth: a screen reads `location.hash` itself, so a
 * hash set just before a render (whose `hashchange` is still queued) is never read stale.
 */
const hashStore = createStore<{ readonly hash: string }>()(() => ({ hash: typeof window === 'undefined' ? '' : window.location.hash }));
if (typeof window !== 'undefined') window.addEventListener('hashchange', () => hashStore.setState({ hash: window.location.hash }));

export function useLocation(): Location {
  const hash = useStore(hashStore, (state) => (typeof window === 'undefined' ? state.hash : window.location.hash));
  return useMemo(() => parseHash(hash), [hash]);
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
