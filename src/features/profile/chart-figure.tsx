import { startTransition, Suspense, useEffect, useId, useState } from 'react';
import type { ReactNode } from 'react';
import { useT } from '@/i18n/use-t';

/**
 * True once the page has painted (a frame after mount), set at transition priority: a chart
 * drawn later does not hold up the first one, and React can yield while drawing it, so no long
 * task blocks input on an old laptop (docs/PERFORMANCE.md).
 */
function useAfterFirstPaint(later: boolean): boolean {
  const [ready, setReady] = useState(!later);
  useEffect(() => {
    if (ready) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setReady(true)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready]);
  return ready;
}

/**
 * A chart with its title, a one-sentence reading and its table alternative. The drawing is hidden
 * from assistive technology (it is a picture of the table); the table, with the same trace
 * buttons as the bars, is the accessible and keyboard route to the same information.
 */
export function ChartFigure(props: {
  title: string;
  summary: ReactNode;
  chart: ReactNode;
  table: ReactNode;
  testId: string;
  tools?: ReactNode;
  /** Draw after the first paint: for charts below the page's first one. */
  drawLater?: boolean;
}) {
  const { t } = useT('profile');
  const id = useId();
  const draw = useAfterFirstPaint(props.drawLater === true);
  return (
    <figure className="chart-figure" aria-labelledby={`${id}-title`} data-testid={props.testId}>
      <figcaption>
        <h3 id={`${id}-title`}>{props.title}</h3>
        <p className="muted">{props.summary}</p>
      </figcaption>
      {props.tools}
      {/* The chart code loads on demand (charts/lazy-charts.tsx): until it is drawn, its space is held. */}
      <Suspense fallback={<div className="chart-figure__drawing chart-figure__drawing--pending" aria-hidden="true" />}>
        <div className={draw ? 'chart-figure__drawing' : 'chart-figure__drawing chart-figure__drawing--pending'} aria-hidden="true">
          {draw ? props.chart : null}
        </div>
      </Suspense>
      <details className="chart-figure__table">
        <summary>{t('chart.showTable', { title: props.title })}</summary>
        {props.table}
      </details>
    </figure>
  );
}
