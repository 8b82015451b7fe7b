import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GovernanceLinks } from '@/app/governance-links';

describe('links between an assessment and its validation and spreadsheet screens', () => {
  it('links the three pages of an assessment and marks the current one', () => {
    render(<GovernanceLinks assessmentId="a/1" current="validation" />);
    const nav = screen.getByRole('navigation', { name: 'Assessment pages' });
    expect(nav).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Workspace' })).toHaveAttribute('href', '#/assessments/a%2F1');
    expect(screen.getByRole('link', { name: 'Validation' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Spreadsheets (CSV, Excel)' })).toHaveAttribute('href', '#/assessments/a%2F1/spreadsheets');
  });
});
