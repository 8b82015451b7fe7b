import { useId, useState } from 'react';
import type { BilingualText } from '@/domain/bilingual-text';
import { translationState } from '@/domain/bilingual-text';
import type { Locale } from '@/domain/localized-text';
import { localize } from '@/domain/localized-text';
import type { Finding } from '@/domain/profile-findings';
import { formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { BilingualField } from './bilingual-field';
import { parseHash } from '@/routing/router';

function requestedFocus(): string | null {
  return typeof window === 'undefined' ? null : parseHash(window.location.hash).params.get('focus');
}

/** A finding's heading and statement as the screen shows them, in the screen's language (or the original). */
export function findingText(finding: Finding, locale: Locale): string {
  const heading = localize(finding.heading, locale);
  const text = localize(finding.text, locale);
  return heading ? `${heading}: ${text}` : text;
}

type Props = {
  readonly finding: Finding;
  readonly citations: readonly number[];
  readonly readOnly: boolean;
  readonly isFirst: boolean;
  readonly isLast: boolean;
  readonly onTrace: () => void;
  readonly onMove: (offset: -1 | 1) => void;
  readonly onHide: () => void;
  readonly onReword: (text: BilingualText) => void;
  readonly onAnnotate: (note: string) => void;
  readonly onConfirm: () => void;
  /** Merge with the next finding of the same list; absent for the last one. */
  readonly onMergeNext?: (() => void) | undefined;
  /** Split by indicators: absent when it rests on one indicator only. */
  readonly onSplit?: ((firstIndicatorIds: readonly string[]) => void) | undefined;
};

export function FindingLine(props: Props) {
  const { finding, citations, readOnly, isFirst, isLast } = props;
  const { t, locale } = useT('profile');
  // Opened already when a link (the translation view's) asks for this finding's editor.
  const [editing, setEditing] = useState(() => requestedFocus() === `finding-${finding.id}`);
  const noteId = useId();
  const text = findingText(finding, locale);
  const count = finding.indicatorIds.length;
  const state = translationState(finding.text);
  const citationText = citations.map((n) => formatNumber(n, locale)).join(locale === 'ar' ? '، ' : ', ');
  return (
    <li className="finding" data-finding-id={finding.id} id={`finding-${finding.id}`}>
      <div className="finding__main">
        <p className="finding__text">
          {localize(finding.heading, locale) && <strong>{localize(finding.heading, locale)}: </strong>}
          <span dir="auto">{localize(finding.text, locale)}</span>
          {citations.length > 0 && <span className="finding__citations"> [{citationText}]</span>}
          {!finding.derived && <span className="badge">{t('findings.addedBadge')}</span>}
          {finding.derived && finding.edited && <span className="badge">{t('findings.rewordedBadge')}</span>}
          {(state === 'missing' || state === 'unchecked') && (
            <span className="badge badge--warning">{t(`findings.translation.${state}`)}</span>
          )}
        </p>
        {finding.answersChanged && (
          <p className="finding__stale banner banner--warning" role="status">
            {t('findings.answersChanged')}{' '}
            {!readOnly && (
              <button type="button" className="link-button" onClick={props.onConfirm}>
                {t('findings.confirmWording')}
              </button>
            )}
          </p>
        )}
        {finding.note && !editing && (
          <p className="finding__note muted" dir="auto">
            {finding.note}
          </p>
        )}
        <button type="button" className="link-button trace-button" onClick={props.onTrace}>
          {t('findings.indicators', { count, formatted: formatNumber(count, locale) })}
          <span className="visually-hidden"> ({text})</span>
        </button>
      </div>
      {!readOnly && (
        <div className="finding__actions">
          <button
            type="button"
            className="button"
            disabled={isFirst}
            onClick={() => props.onMove(-1)}
            aria-label={t('findings.moveUp', { text })}
          >
            ↑
          </button>
          <button
            type="button"
            className="button"
            disabled={isLast}
            onClick={() => props.onMove(1)}
            aria-label={t('findings.moveDown', { text })}
          >
            ↓
          </button>
          <button
            type="button"
            className="button"
            aria-expanded={editing}
            onClick={() => setEditing(!editing)}
            aria-label={t('findings.edit', { text })}
          >
            {t('findings.editShort')}
          </button>
          {props.onMergeNext && (
            <button type="button" className="button" onClick={props.onMergeNext} aria-label={t('findings.mergeNext', { text })}>
              {t('findings.mergeShort')}
            </button>
          )}
          {props.onSplit && (
            <button
              type="button"
              className="button"
              onClick={() => props.onSplit?.(finding.indicatorIds.slice(0, Math.ceil(finding.indicatorIds.length / 2)))}
              aria-label={t('findings.split', { text })}
            >
              {t('findings.splitShort')}
            </button>
          )}
          <button
            type="button"
            className="button"
            onClick={props.onHide}
            aria-label={finding.derived ? t('findings.hide', { text }) : t('findings.remove', { text })}
          >
            {finding.derived ? t('findings.hideShort') : t('findings.removeShort')}
          </button>
        </div>
      )}
      {editing && !readOnly && (
        <div className="finding__editor">
          <BilingualField
            label={t('findings.wording')}
            hint={finding.derived ? t('findings.wordingHint') : undefined}
            value={finding.text}
            onChange={props.onReword}
            rows={3}
          />
          <div className="field">
            <label htmlFor={noteId}>{t('findings.note')}</label>
            <textarea id={noteId} dir="auto" rows={2} value={finding.note} onChange={(event) => props.onAnnotate(event.target.value)} />
          </div>
          <button type="button" className="button" onClick={() => setEditing(false)}>
            {t('findings.doneEditing')}
          </button>
        </div>
      )}
    </li>
  );
}
