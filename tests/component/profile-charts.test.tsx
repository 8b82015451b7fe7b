import { render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { domainLevelRows, domainRadarRows, sdgChartData } from '@/charts/chart-data';
import { DomainRadarChart } from '@/charts/domain-radar-chart';
import { LevelChart } from '@/charts/level-charts';
import { SdgChart } from '@/charts/sdg-chart';
import { buildDemoBundles } from '@/demo/demo-assessment';
import { computeProfile } from '@/domain/profile';
import { responsesByIndicator } from '@/domain/scoring';
import { loadNamespaces } from '@/i18n/i18n';
import { realCatalogueSet } from '../unit/catalogue-fixtures';
import { layOutCharts } from './chart-layout';

// The charts as the profile screen draws them: filling their container, with patterns and a
// legend, in the language asked for whatever the screen's, the "indicative" caveat inside the SVG.
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

beforeEach(() => layOutCharts(640, 330));
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('the profile charts', () => {
  it('fills its container and draws every domain with a patterned legend of the answer levels', () => {
    const { container } = render(<LevelChart data={domainLevelRows(catalogue, responses, 'en')} locale="en" />);
    const svg = svgOf(container);
    expect(svg.getAttribute('width')).toBe('640');
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(texts.filter((text) => /^D\d/.test(text))).toHaveLength(6);
    const legend = [...container.querySelectorAll('.chart-legend li')].map((item) => item.textContent?.trim());
    expect(legend).toEqual(expect.arrayContaining(['Well developed', 'Partly developed', 'Not scored']));
    // Patterns, not colour alone: one per answer level, and the legend's swatches use them too.
    expect(svg.querySelectorAll('pattern')).toHaveLength(5);
    expect(container.querySelectorAll('.chart-legend svg')).toHaveLength(5);
  });

  it('draws in Arabic when asked, whatever the screen language', async () => {
    await loadNamespaces('ar', ['charts']);
    const { container } = render(<DomainRadarChart data={domainRadarRows(domainLevelRows(catalogue, responses, 'ar'))} locale="ar" />);
    const texts = [...svgOf(container).querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(texts.filter((text) => /^D\d [\u0600-\u06FF]/.test(text))).toHaveLength(6);
    const legend = [...container.querySelectorAll('.chart-legend li')].map((item) => item.textContent ?? '');
    expect(legend.some((text) => text.includes('متطور بشكل جيد'))).toBe(true);
  });

  it('keeps the indicative caveat inside the SDG chart', async () => {
    await loadNamespaces('en', ['charts']);
    const data = sdgChartData(model, set.reference, 'en')!;
    const { container } = render(<SdgChart data={data} locale="en" />);
    const texts = [...svgOf(container).querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(texts.some((text) => text.startsWith('Indicative only'))).toBe(true);
  });
});
