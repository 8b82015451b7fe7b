import { useId } from 'react';
import type { ReactNode } from 'react';
import { useT } from '@/i18n/use-t';

/**
 * A chart with its title, a one-sentence reading and its table alternative. The drawing is hidden
 * from assistive technology (it is a picture of the table); the table, with the same trace
 * buttons as the bars, is the accessible and keyboard route to the same information.
 */
export function ChartFigure(props: { title: string; summary: ReactNode; chart: ReactNode; table: ReactNode; testId: string; tools?: ReactNode }) {
  const { t } = useT('profile');
  const id = useId();
  return (
    <figure className="chart-figure" aria-labelledby={`${id}-title`} data-testid={props.testId}>
      <figcaption>
        <h3 id={`${id}-title`}>{props.title}</h3>
        <p className="muted">{props.summary}</p>
      </figcaption>
      {props.tools}
      <div className="chart-figure__drawing" aria-hidden="true">
        {props.chart}
      </div>
      <details className="chart-figure__table">
        <summary>{t('chart.showTable', { title: props.title })}</summary>
        {props.table}
      </details>
    </figure>
  );
}
