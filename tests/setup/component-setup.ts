import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { allResources } from '@/i18n/all-resources';
import { initI18n, loadNamespaces } from '@/i18n/i18n';

// Lazy screens load their chunk and strings before they render; on a loaded two-core CI machine
// that can take longer than Testing Library's 1 s default for findBy*/waitFor.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});

// Components render with every namespace loaded, in English unless a test switches.
await initI18n('en');
await loadNamespaces('en', Object.keys(allResources().en ?? {}));
