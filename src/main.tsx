import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadScreen } from '@/app/app';
import { initI18n } from '@/i18n/i18n';
import { parseHash } from '@/routing/router';
import { savedLocale } from '@/state/ui-store';
import '@/styles/app.css';
import '@/styles/controls.css';
import '@/styles/lists-and-navigation.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
// A bookmarked screen's code and data start loading while the translations do.
preloadScreen(parseHash(window.location.hash).route);
// The first paint is already in the user's language and direction.
await initI18n(savedLocale());
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
