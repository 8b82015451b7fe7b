import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { allResources } from '@/i18n/all-resources';
import { initI18n, loadNamespaces } from '@/i18n/i18n';

afterEach(() => {
  cleanup();
});

// Components render with every namespace loaded, in English unless a test switches.
await initI18n('en');
await loadNamespaces('en', Object.keys(allResources().en ?? {}));
