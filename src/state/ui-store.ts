import { create } from 'zustand';
import type { Locale } from '@/domain/localized-text';
import { isLocale } from '@/domain/localized-text';
import { readPref, writePref } from './device-prefs';
import type { MemberOrder } from '@/domain/actor';

/**
 * Ephemeral and device-level UI state. Assessment data never lives here: it is in IndexedDB and
 * reaches screens through db/live.ts, so there is exactly one source of truth for it.
 */

/**
 * A notice keeps how to word its message, not the words: it is worded at each render, in the
 * language on screen then, so switching language re-words every notice still showing.
 */
export type NoticeMessage = (locale: Locale) => string;

export type Notice = { readonly id: number; readonly tone: 'info' | 'success' | 'error'; readonly message: NoticeMessage };

type UiState = {
  /** Who is working on this device, per assessment (member ids). */
  readonly currentMembers: Readonly<Record<string, string>>;
  readonly notices: readonly Notice[];
  /**
   * Who works on this device when an assessment has no choice of its own: only ever the
   * secretariat, and only after someone said so ("always the secretariat on this device").
   */
  readonly deviceActor: string | null;
  /** How member lists are ordered on this device: entry order or alphabetical. */
  readonly memberOrder: MemberOrder;
};

/**
 * The language to start in: the one chosen on this device, else the browser's. The language on
 * screen lives in i18n (translationsStore); this only remembers it across starts.
 */
export function savedLocale(): Locale {
  const saved = readPref('locale');
  if (isLocale(saved)) return saved;
  const browser = typeof navigator === 'undefined' ? 'en' : navigator.language.slice(0, 2);
  return isLocale(browser) ? browser : 'en';
}

function initialMembers(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(readPref('current-members') ?? '{}');
    if (typeof parsed !== 'object' || parsed === null) return {};
    return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  } catch {
    return {};
  }
}

export const useUiStore = create<UiState>()(() => ({
  currentMembers: initialMembers(),
  notices: [],
  memberOrder: readPref('member-order') === 'alphabetical' ? 'alphabetical' : 'entry',
  deviceActor: readPref('device-actor') === 'secretariat' ? 'secretariat' : null,
}));

export function setDeviceActor(actor: 'secretariat' | null): void {
  writePref('device-actor', actor);
  useUiStore.setState({ deviceActor: actor });
}

export function setMemberOrder(memberOrder: MemberOrder): void {
  writePref('member-order', memberOrder);
  useUiStore.setState({ memberOrder });
}

export function rememberLocale(locale: Locale): void {
  writePref('locale', locale);
}

export function setCurrentMember(assessmentId: string, memberId: string | null): void {
  const next = { ...useUiStore.getState().currentMembers };
  if (memberId === null) delete next[assessmentId];
  else next[assessmentId] = memberId;
  writePref('current-members', JSON.stringify(next));
  useUiStore.setState({ currentMembers: next });
}

let nextNoticeId = 1;

/** At most this many messages at once, so they never pile up over the work. */
export const MAX_NOTICES = 3;

/**
 * Keeps the newest messages within MAX_NOTICES. Errors are dropped last: they stay until dismissed
 * because the user has to act on them, while confirmations leave on their own.
 */
export function withNotice(current: readonly Notice[], notice: Notice): Notice[] {
  const next = [...current, notice];
  while (next.length > MAX_NOTICES) {
    const oldestConfirmation = next.findIndex((n) => n.tone !== 'error');
    next.splice(oldestConfirmation >= 0 && oldestConfirmation < next.length - 1 ? oldestConfirmation : 0, 1);
  }
  return next;
}

/** Shows a notice; returns its id, so a notice about a passing state can be taken back. */
export function notify(tone: Notice['tone'], message: NoticeMessage): number {
  const notice: Notice = { id: nextNoticeId++, tone, message };
  useUiStore.setState((state) => ({ notices: withNotice(state.notices, notice) }));
  // Confirmations fade on their own so they never cover work; errors stay until dismissed.
  if (tone !== 'error') setTimeout(() => dismissNotice(notice.id), NOTICE_LIFETIME_MS);
  return notice.id;
}

const NOTICE_LIFETIME_MS = 5000;

export function dismissNotice(id: number): void {
  useUiStore.setState((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) }));
}
