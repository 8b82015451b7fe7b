import { Component, lazy, Suspense } from 'react';
import type { ReactNode } from 'react';
import { i18n } from '@/i18n/i18n';

const ErrorScreen = lazy(() => import('./error-screen'));

type Props = { readonly children: ReactNode; readonly scope: 'app' | 'screen'; readonly minimal?: boolean };

/**
 * Catches what a screen throws while rendering (a storage read that failed, a database deleted
 * under the running app, a screen's code that could not be downloaded) and shows what the user can
 * do instead of a blank page. One wraps the whole app, one each lazy screen (keyed by the route, so
 * going elsewhere tries again). The full error screen loads on demand; if even that cannot be
 * downloaded, a minimal translated message with a reload button remains. (React itself logs the
 * error to the console.)
 */
export class ErrorBoundary extends Component<Props, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error: error ?? new Error('unknown error') };
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    if (this.props.minimal) {
      const t = (key: string) => i18n.t(`common:errorScreen.${key}`);
      return (
        <section className="error-screen card" role="alert" data-testid="error-screen" data-kind="chunk">
          <h1>{t('title')}</h1>
          <p>{t('chunk')}</p>
          <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
            {t('reload')}
          </button>
        </section>
      );
    }
    return (
      <ErrorBoundary scope={this.props.scope} minimal>
        <Suspense fallback={null}>
          <ErrorScreen error={error} scope={this.props.scope} onHome={() => this.setState({ error: null })} />
        </Suspense>
      </ErrorBoundary>
    );
  }
}
