import type { Assessment } from '@/domain/assessment';
import type { Catalogue } from '@/domain/catalogue';
import { useT } from '@/i18n/use-t';
import { ExportPanel } from './export-panel';
import { ImportPanel } from './import-panel';
import './spreadsheets.css';

type Props = { readonly assessment: Assessment; readonly catalogue: Catalogue; readonly title: string; readonly memberId: string | null };

/** Answers out to spreadsheets and back: exports, the offline scoring template and its import. */
export function SpreadsheetsPage({ assessment, catalogue, title, memberId }: Props) {
  const { t } = useT('spreadsheets');
  return (
    <div className="spreadsheets-page">
      <p>{t('intro')}</p>
      <ExportPanel assessment={assessment} catalogue={catalogue} title={title} />
      <ImportPanel assessment={assessment} catalogue={catalogue} memberId={memberId} />
    </div>
  );
}
