import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AssessmentNav, isAssessmentSection } from '@/app/assessment-nav';
import { parseHash } from '@/routing/router';

describe('navigation between the screens of an assessment', () => {
  it('links every screen of the assessment and marks the current one', () => {
    render(<AssessmentNav assessmentId="a/1" current="validation" />);
    const nav = screen.getByRole('navigation', { name: 'Assessment sections' });
    expect(nav).toBeInTheDocument();
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      '#/',
      '#/assessments/a%2F1',
      '#/assessments/a%2F1/profile',
      '#/assessments/a%2F1/translation',
      '#/assessments/a%2F1/report',
      '#/assessments/a%2F1/validation',
      '#/assessments/a%2F1/spreadsheets',
      '#/assessments/a%2F1/exchange',
    ]);
    expect(screen.getByRole('link', { name: 'Validation' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Indicators' })).not.toHaveAttribute('aria-current');
  });

  it('is shown on per-assessment screens only', () => {
    expect(isAssessmentSection(parseHash('#/assessments/x/report').route)).toBe(true);
    expect(isAssessmentSection(parseHash('#/assessments/x').route)).toBe(true);
    expect(isAssessmentSection(parseHash('#/exchange').route)).toBe(false);
    expect(isAssessmentSection(parseHash('#/storage').route)).toBe(false);
  });
});
