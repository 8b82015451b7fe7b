import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { allResources } from '@/i18n/all-resources';
import { initI18n, loadNamespaces } from '@/i18n/i18n';

afterEach(() => {
  cleanup();
});

// findBy* waits for lazy screens (catalogues, zod) to load. With both test projects sharing two
// cores, that can exceed Testing Library's 1 s default; a wait is not a timing assertion.
configure({ asyncUtilTimeout: 5000 });

// Components render with every namespace loaded, in English unless a test switches.
await initI18n('en');
await loadNamespaces('en', Object.keys(allResources().en ?? {}));
