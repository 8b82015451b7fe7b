import { useId, useState } from 'react';
import type { Catalogue } from '@/domain/catalogue';
import type { Locale } from '@/domain/localized-text';
import { localize } from '@/domain/localized-text';
import type { Finding } from '@/domain/profile-findings';
import { formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { BilingualField } from './bilingual-field';

/** The wording a line shows: the researcher's, or the sub-domain it was derived from. */
export function findingText(finding: Finding, catalogue: Catalogue, locale: Locale): string {
  if (finding.text) return localize(finding.text, locale);
  const subdomain = catalogue.subdomains.find((s) => s.id === finding.subdomainId);
  return subdomain ? localize(subdomain.title, locale) : finding.id;
}

type Props = {
  readonly finding: Finding;
  readonly catalogue: Catalogue;
  readonly readOnly: boolean;
  readonly isFirst: boolean;
  readonly isLast: boolean;
  readonly onTrace: () => void;
  readonly onMove: (offset: -1 | 1) => void;
  readonly onHide: () => void;
  readonly onReword: (text: { en: string; ar: string }) => void;
  readonly onAnnotate: (note: string) => void;
};

export function FindingLine({ finding, catalogue, readOnly, isFirst, isLast, onTrace, onMove, onHide, onReword, onAnnotate }: Props) {
  const { t, locale } = useT('profile');
  const [editing, setEditing] = useState(false);
  const noteId = useId();
  const text = findingText(finding, catalogue, locale);
  const count = finding.indicatorIds.length;
  return (
    <li className="finding" data-finding-id={finding.id}>
      <div className="finding__main">
        <p className="finding__text">
          {text}
          {!finding.derived && <span className="badge">{t('findings.addedBadge')}</span>}
          {finding.derived && finding.text && <span className="badge">{t('findings.rewordedBadge')}</span>}
        </p>
        {finding.note && !editing && <p className="finding__note muted" dir="auto">{finding.note}</p>}
        <button type="button" className="link-button trace-button" onClick={onTrace}>
          {t('findings.indicators', { count, formatted: formatNumber(count, locale) })}
          <span className="visually-hidden"> ({text})</span>
        </button>
      </div>
      {!readOnly && (
        <div className="finding__actions">
          <button type="button" className="button" disabled={isFirst} onClick={() => onMove(-1)} aria-label={t('findings.moveUp', { text })}>
            ↑
          </button>
          <button type="button" className="button" disabled={isLast} onClick={() => onMove(1)} aria-label={t('findings.moveDown', { text })}>
            ↓
          </button>
          <button type="button" className="button" aria-expanded={editing} onClick={() => setEditing(!editing)} aria-label={t('findings.edit', { text })}>
            {t('findings.editShort')}
          </button>
          <button type="button" className="button" onClick={onHide} aria-label={finding.derived ? t('findings.hide', { text }) : t('findings.remove', { text })}>
            {finding.derived ? t('findings.hideShort') : t('findings.removeShort')}
          </button>
        </div>
      )}
      {editing && !readOnly && (
        <div className="finding__editor">
          <BilingualField
            label={t('findings.wording')}
            hint={finding.derived ? t('findings.wordingHint') : undefined}
            value={finding.text ?? { en: '', ar: '' }}
            onChange={onReword}
            rows={2}
          />
          <div className="field">
            <label htmlFor={noteId}>{t('findings.note')}</label>
            <textarea id={noteId} dir="auto" rows={2} value={finding.note} onChange={(event) => onAnnotate(event.target.value)} />
          </div>
          <button type="button" className="button" onClick={() => setEditing(false)}>
            {t('findings.doneEditing')}
          </button>
        </div>
      )}
    </li>
  );
}
