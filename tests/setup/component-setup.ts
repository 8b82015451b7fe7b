import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { closeAllSessions } from '@/db/edit-session/sessions';
import { allResources } from '@/i18n/all-resources';
import type { Namespace } from '@/i18n/keys';
import { initI18n, loadNamespaces } from '@/i18n/i18n';

// Lazy screens load their chunks and catalogues on first use; on a busy 2-core CI box that can
// take longer than Testing Library's 1 s default.
configure({ asyncUtilTimeout: 5000 });

afterEach(async () => {
  cleanup();
  // Each test starts with fresh edit sessions, as a new tab would.
  await closeAllSessions();
});

// The first screen of a test file loads the catalogues and their validator through Vite's transform;
// on a busy two-core CI machine that can take longer than Testing Library's 1 s default wait.
configure({ asyncUtilTimeout: 5000 });

// Components render with every namespace loaded, in English unless a test switches.
await initI18n('en');
await loadNamespaces('en', Object.keys(allResources().en ?? {}) as Namespace[]);
