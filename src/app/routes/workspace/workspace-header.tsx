import type { Assessment, Member } from '@/domain/assessment';
import type { Catalogue } from '@/domain/catalogue';
import { localize } from '@/domain/localized-text';
import { assessmentName } from '@/i18n/assessment-name';
import { formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { SaveIndicator } from './save-indicator';
import { UndoControls } from './undo-controls';

type Props = {
  readonly assessment: Assessment;
  readonly catalogue: Catalogue;
  readonly members: readonly Member[];
  readonly currentMemberId: string | null;
  readonly locked: boolean;
  readonly unresolvedCount: number;
  readonly membersOpen: boolean;
  readonly onToggleMembers: () => void;
  readonly onNextUnresolved: () => void;
  readonly onRoomMode: () => void;
};

export function WorkspaceHeader(props: Props) {
  const { assessment, catalogue, members, currentMemberId, locked, unresolvedCount } = props;
  const { t, locale } = useT('scoring');
  return (
    <header className="workspace-header">
      <div className="workspace-header__title">
        <h1>
          {assessmentName(assessment, locale)}
          {assessment.isDemo && <span className="badge badge--demo">{t('common:demoBadge')}</span>}
        </h1>
        <p className="muted">
          {t(`common:levels.${assessment.level}`)} ·{' '}
          {t('assessments:round', { round: formatNumber(assessment.round, locale), year: assessment.year })} ·{' '}
          <span data-testid="assessment-phase">{t('header.phase', { phase: t(`common:phases.${assessment.phase}`) })}</span> ·{' '}
          {t('header.catalogue', { name: localize(catalogue.title, locale), version: catalogue.version })}
        </p>
      </div>
      <div className="workspace-header__tools">
        <button type="button" className="button" aria-expanded={props.membersOpen} onClick={props.onToggleMembers}>
          {t('header.members', { formatted: formatNumber(members.length, locale) })}
        </button>
        <button type="button" className="button" onClick={props.onNextUnresolved} disabled={unresolvedCount === 0}>
          {t('header.nextUnresolved', { formatted: formatNumber(unresolvedCount, locale) })}
        </button>
        <button type="button" className="button" onClick={props.onRoomMode}>
          {t('header.roomMode')}
        </button>
        <UndoControls assessmentId={assessment.id} memberId={currentMemberId} disabled={locked} />
        <SaveIndicator assessmentId={assessment.id} />
      </div>
      {!locked && !currentMemberId && (
        <p className="member-hint" role="note" data-testid="member-hint">
          {t('members.pickHint')}
        </p>
      )}
      {locked && (
        <p className="banner lock-note" role="note" data-testid="lock-note">
          {assessment.phase === 'validated'
            ? t('header.lockedTranslatable')
            : t('header.locked', { phase: t(`common:phases.${assessment.phase}`) })}
        </p>
      )}
    </header>
  );
}
