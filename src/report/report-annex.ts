import { DATA_ATTACHMENT } from './report-names';
import type { ReportContext } from './report-context';
import type { Block } from './report-blocks';

/**
 * The end of the annex: what the PDF carries, its fingerprint, and how anyone can check that the
 * pages and the data agree. It says plainly that this is an integrity check, not a signature.
 */
export function attachmentAnnex({ t, fingerprint, attachment, data }: ReportContext): Block[] {
  const file = DATA_ATTACHMENT;
  const what =
    attachment === 'none'
      ? t('report-pdf:annex.none')
      : attachment === 'full'
        ? t('report-pdf:annex.full', { file })
        : t('report-pdf:annex.public', { file, previous: data.previous ? t('report-pdf:annex.previousRound') : '' });
  const print =
    attachment === 'none'
      ? t('report-pdf:annex.fingerprintNone', { hash: fingerprint })
      : t('report-pdf:annex.fingerprint', { hash: fingerprint });
  const blocks: Block[] = [
    { kind: 'heading', text: t('report-pdf:annex.title') },
    { kind: 'paragraph', text: what },
    { kind: 'paragraph', text: print, tone: 'muted' },
  ];
  if (attachment !== 'none') blocks.push({ kind: 'paragraph', text: t('report-pdf:annex.howToCheck'), tone: 'muted' });
  blocks.push({ kind: 'paragraph', text: t('report-pdf:annex.notSignature'), tone: 'muted' });
  return blocks;
}
