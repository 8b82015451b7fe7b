import { EditSession } from './edit-session';

/**
 * One edit session per assessment, for the life of the tab: opening another assessment opens its
 * own session, so undo never reaches across assessments. Leaving the page writes what is pending.
 */

const sessions = new Map<string, EditSession>();

export function editSession(assessmentId: string): EditSession {
  let session = sessions.get(assessmentId);
  if (!session) {
    session = new EditSession(assessmentId);
    sessions.set(assessmentId, session);
    installLeaveGuards();
  }
  return session;
}

/**
 * Forgets every session after what they hold has been written: the next edit starts from what
 * the store holds. For a store replaced wholesale underneath (tests between cases).
 */
export async function closeAllSessions(): Promise<void> {
  await flushAllSessions();
  sessions.clear();
}

/** Starts every pending write now (tab hidden, page leaving) and resolves when all are done. */
export function flushAllSessions(): Promise<void> {
  return Promise.all([...sessions.values()].map((session) => session.flush())).then(() => undefined);
}

/**
 * True when closing the tab would lose something: a write that waits for disk space or failed.
 * Text merely waiting for its debounced write is in the journal and survives a close.
 */
export function hasUnrecoverableEdits(): boolean {
  return [...sessions.values()].some((session) => {
    const state = session.store.getState().saveState;
    return state === 'full' || state === 'error';
  });
}

let installed = false;

function installLeaveGuards(): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void flushAllSessions();
  });
  window.addEventListener('pagehide', () => void flushAllSessions());
  window.addEventListener('beforeunload', (event) => {
    if (!hasUnrecoverableEdits()) return;
    event.preventDefault();
    // Older browsers show the prompt only when returnValue is set.
    event.returnValue = '';
  });
}
