import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { replaceAssessmentBundle } from '@/db/commands';
import { db } from '@/db/db';
import { ReportPage } from '@/features/pdf-export/report-page';
import { demoReportData } from '../unit/report-fixtures';

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('report screen', () => {
  it('offers the export in both languages and warns that a draft is marked as such', async () => {
    const { bundle } = demoReportData();
    await replaceAssessmentBundle(bundle);
    render(<ReportPage assessmentId={bundle.assessment.id} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Report: Demoland (demo)' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'English' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'العربية' })).not.toBeChecked();
    expect(screen.getByRole('button', { name: 'Export PDF' })).toBeEnabled();
    expect(screen.getByText(/every page is marked “Draft”/)).toBeInTheDocument();
  });

  it('says clearly when the file to check is not a PDF', async () => {
    const { bundle } = demoReportData();
    await replaceAssessmentBundle(bundle);
    const user = userEvent.setup();
    render(<ReportPage assessmentId={bundle.assessment.id} />);
    const input = await screen.findByLabelText('Report PDF to check');
    await user.upload(input, new File(['not a pdf at all'], 'notes.pdf', { type: 'application/pdf' }));
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('This file is not a PDF.');
    expect(alert).toHaveAttribute('data-reason', 'not-pdf');
  }, 20_000);

  it('shows that the assessment does not exist instead of an empty screen', async () => {
    render(<ReportPage assessmentId="nowhere" />);
    expect(await screen.findByRole('heading', { level: 1, name: 'This assessment does not exist on this device.' })).toBeInTheDocument();
  });
});
