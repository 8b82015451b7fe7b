import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadScreen } from '@/app/app';
import { initI18n } from '@/i18n/i18n';
import { warmUpIntl } from '@/i18n/format';
import { parseHash } from '@/routing/router';
import { openStoreEarly } from '@/db/live';
import { whenIdle } from '@/components/when-idle';
import { savedLocale } from '@/state/ui-store';
import '@/styles/app.css';
import '@/styles/controls.css';
import '@/styles/lists-and-navigation.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
// The database, and a bookmarked screen's code and data, start loading while the translations do.
openStoreEarly();
const locale = savedLocale();
// The strings first: every first render needs them, and a bookmarked screen's code is twenty-odd
// requests on six connections. Vite issues a dynamic import one microtask after the call (its
// preload helper), but a screen's shared chunks at once, as preload links: the screen is asked
// for a microtask later, behind the strings.
const strings = initI18n(locale);
const { route } = parseHash(window.location.hash);
const screenCode = Promise.resolve().then(() => preloadScreen(route, locale));
// The first number format loads ICU data (50–160 ms). A screen opened directly (a bookmark, a
// reload) formats numbers and waits for its code first: the cost falls in that wait, once every
// request has gone out (a task later). The start screen's first render formats none: there it
// waits until the main thread is idle after that render.
if (route.name !== 'home') setTimeout(() => warmUpIntl(locale), 0);

// Not a top-level await: the start screen's form is a chunk that imports from this one, and it can
// only run once this module has finished evaluating.
async function start(root: HTMLElement): Promise<void> {
  // The first paint is already in the user's language and direction.
  await Promise.all([strings, screenCode]);
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  if (route.name === 'home') whenIdle(() => warmUpIntl(locale), 300);
}
void start(container);
