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
const screenCode = preloadScreen(parseHash(window.location.hash).route, locale);
const strings = initI18n(locale);

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
  // The first number format loads ICU data (50–160 ms). The start screen's first render formats no
  // number, so that cost waits until after its first paint, in a wait that follows anyway: the
  // database's creation on a first visit, a bookmarked screen's code and data.
  whenIdle(() => warmUpIntl(locale), 300);
}
void start(container);
