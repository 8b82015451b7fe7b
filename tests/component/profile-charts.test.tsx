import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { domainLevelRows, domainRadarRows, sdgChartData } from '@/charts/chart-data';
import { DomainRadarChart } from '@/charts/domain-radar-chart';
import { DomainOverviewChart } from '@/charts/level-charts';
import { SdgChart } from '@/charts/sdg-chart';
import { buildDemoBundles } from '@/demo/demo-assessment';
import { computeProfile } from '@/domain/profile';
import { responsesByIndicator } from '@/domain/scoring';
import { loadNamespaces } from '@/i18n/i18n';
import { realCatalogueSet } from '../unit/catalogue-fixtures';

// The fixed-size mode is the contract with the PDF: explicit pixels, no ResizeObserver, the
// legend and the "indicative" caveat inside the SVG, in the language asked for.
const set = realCatalogueSet();
const catalogue = set.catalogues.find((c) => c.frameworkId === 'mgi-national')!;
const followUp = buildDemoBundles(catalogue)[1]!;
const responses = responsesByIndicator(followUp.responses);
const model = computeProfile({ catalogue, responses: responses.values(), reference: set.reference });

function svgOf(container: HTMLElement): SVGSVGElement {
  const svg = container.querySelector<SVGSVGElement>('.recharts-wrapper > svg');
  if (!svg) throw new Error('no chart svg');
  return svg;
}

describe('charts in fixed-size mode (for the PDF)', () => {
  it('draws the domain overview at the given size with its legend inside the SVG', () => {
    const { container } = render(
      <DomainOverviewChart data={domainLevelRows(catalogue, responses, 'en')} locale="en" size={{ width: 640, height: 320 }} />,
    );
    const svg = svgOf(container);
    expect(svg.getAttribute('width')).toBe('640');
    expect(svg.getAttribute('height')).toBe('320');
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['Well developed', 'Partly developed', 'Not scored']));
    // Patterns, not colour alone: one per answer level.
    expect(svg.querySelectorAll('pattern')).toHaveLength(5);
    expect(container.querySelector('.chart-legend')).toBeNull();
  });

  it('draws in Arabic when asked, whatever the screen language', async () => {
    await loadNamespaces('ar', ['charts']);
    const { container } = render(
      <DomainRadarChart
        data={domainRadarRows(domainLevelRows(catalogue, responses, 'ar'))}
        locale="ar"
        size={{ width: 480, height: 400 }}
      />,
    );
    const texts = [...svgOf(container).querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(texts.some((text) => text.includes('متطور بشكل جيد'))).toBe(true);
  });

  it('keeps the indicative caveat inside the SDG chart', async () => {
    await loadNamespaces('en', ['charts']);
    const data = sdgChartData(model, set.reference, 'en')!;
    const { container } = render(<SdgChart data={data} locale="en" size={{ width: 640, height: 330 }} />);
    const texts = [...svgOf(container).querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(texts.some((text) => text.startsWith('Indicative only'))).toBe(true);
  });
});
