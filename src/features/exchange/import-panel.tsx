import { useId, useRef, useState } from 'react';
import type { ChangeEvent } from 'react';
import type { ImportOutcome, ImportPlan } from '@/db/exchange-commands';
import { applyPackageImport, previewPackageImport } from '@/db/exchange-commands';
import type { Catalogue } from '@/domain/catalogue';
import type { Resolution } from '@/domain/merge-types';
import { formatDateTime } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import type { MemberPackage } from '@/interchange/package-format';
import { runFileTask } from '@/interchange/file-task-client';
import { MAX_PACKAGE_BYTES } from '@/interchange/package-file-guard';
import type { FileProgress } from '@/components/ui/file-task-progress';
import { FileTaskProgress } from '@/components/ui/file-task-progress';
import { exchangeRefusal } from '@/interchange/package-error-text';
import { RefusalMessage } from '@/components/ui/refusal-message';
import { packageLabel } from '@/interchange/package-label';
import { assessmentName } from '@/i18n/assessment-name';
import { formatNumber } from '@/i18n/format';
import { hrefFor } from '@/routing/router';
import { ConflictList } from './conflict-list';
import { MergeSummaryList } from './merge-summary';
import { TakeAll } from './take-all';

type Stage =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'reading'; readonly progress: FileProgress }
  /** The failure itself, worded at render, so its message follows a language switch. */
  | { readonly kind: 'error'; readonly failure: unknown }
  | { readonly kind: 'preview'; readonly pkg: MemberPackage; readonly plan: ImportPlan }
  | { readonly kind: 'done'; readonly outcome: ImportOutcome };

type Props = {
  /** On an assessment's page, packages of other assessments are refused. */
  readonly expectedAssessmentId: string | null;
  readonly memberId: string | null;
  readonly catalogueFor: (assessmentId: string) => Catalogue | undefined;
  readonly onImported: (outcome: ImportOutcome) => void;
};

/** Pick a member package, see what it would change, resolve conflicts, apply. */
export function ImportPanel({ expectedAssessmentId, memberId, catalogueFor, onImported }: Props) {
  const { t, locale } = useT('exchange');
  const people = useT('people').t;
  const inputId = useId();
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [resolutions, setResolutions] = useState<Record<string, Resolution>>({});
  const reading = useRef<AbortController | null>(null);
  const options = { memberId, expectedAssessmentId: expectedAssessmentId ?? undefined };

  async function pick(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) await read(file);
  }

  /** Also reached by dropping a file on the panel (the labelled file input stays the main way). */
  async function read(file: File) {
    setStage({ kind: 'reading', progress: { stage: 'reading', fraction: 0 } });
    setResolutions({});
    const controller = new AbortController();
    reading.current = controller;
    try {
      // Parsing and checking a package of up to 20 MB happens in the file worker, not on the page.
      const pkg = await runFileTask(
        { kind: 'read-package', file },
        { signal: controller.signal, onProgress: (progress) => setStage({ kind: 'reading', progress }) },
      );
      setStage({ kind: 'busy' });
      setStage({ kind: 'preview', pkg, plan: await previewPackageImport(pkg, options) });
    } catch (error) {
      setStage({ kind: 'error', failure: error });
    } finally {
      reading.current = null;
    }
  }

  async function apply(pkg: MemberPackage) {
    setStage({ kind: 'busy' });
    try {
      const outcome = await applyPackageImport(pkg, { ...options, resolutions });
      setStage({ kind: 'done', outcome });
      onImported(outcome);
    } catch (error) {
      setStage({ kind: 'error', failure: error });
    }
  }

  const unresolved =
    stage.kind === 'preview' && stage.plan.kind === 'merge' ? stage.plan.result.conflicts.filter((c) => !resolutions[c.key]).length : 0;
  const label = stage.kind === 'preview' ? packageLabel(stage.pkg.content) : null;
  const sender = label
    ? label.senderIsSecretariat
      ? people('actor.secretariat')
      : (label.senderName ?? people('packages.unknownSender'))
    : '';
  const about = stage.kind === 'preview' && label && (
    <p data-testid="package-about" dir="auto">
      {people(label.senderInstitution ? 'packages.aboutWithInstitution' : 'packages.about', {
        sender,
        institution: label.senderInstitution ?? '',
        country: assessmentName(stage.pkg.content.bundle.assessment, locale),
        level: t(`common:levels.${label.level}`),
        round: formatNumber(label.round, locale),
        year: formatNumber(label.year, locale, { useGrouping: false }),
        time: formatDateTime(label.exportedAt, locale),
      })}
    </p>
  );
  return (
    <section
      aria-labelledby={`${inputId}-title`}
      className="card exchange-section"
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => {
        event.preventDefault();
        const file = event.dataTransfer.files[0];
        if (file && stage.kind !== 'busy' && stage.kind !== 'reading') void read(file);
      }}
    >
      <h2 id={`${inputId}-title`}>{t('import.title')}</h2>
      <p className="muted">{t('import.intro')}</p>
      <div className="field">
        <label htmlFor={inputId}>{t('import.choose')}</label>
        <span className="field__hint" id={`${inputId}-limit`}>
          {t('refusals:fileTask.limit', { size: formatNumber(MAX_PACKAGE_BYTES / (1024 * 1024), locale) })}
        </span>
        <input
          id={inputId}
          aria-describedby={`${inputId}-limit`}
          type="file"
          accept=".json,application/json"
          onChange={(event) => void pick(event)}
          disabled={stage.kind === 'busy' || stage.kind === 'reading'}
        />
      </div>
      {stage.kind === 'reading' && (
        <FileTaskProgress progress={stage.progress} onCancel={() => reading.current?.abort()} testId="package-read-progress" />
      )}
      <div role="status" aria-live="polite" className="exchange-status">
        {stage.kind === 'busy' && <p>{t('import.reading')}</p>}
        {stage.kind === 'done' && <p data-testid="import-result">{t(`import.outcome.${stage.outcome.kind}`)}</p>}
        {stage.kind === 'done' && expectedAssessmentId === null && (
          <p>
            <a href={hrefFor({ name: 'assessment', assessmentId: stage.outcome.assessmentId })}>{t('import.openAssessment')}</a>
            {' · '}
            <a href={hrefFor({ name: 'exchange', assessmentId: stage.outcome.assessmentId })}>{t('import.openExchange')}</a>
          </p>
        )}
        {stage.kind === 'preview' && stage.plan.kind === 'duplicate' && (
          <p data-testid="import-result">{t('import.duplicate', { date: formatDateTime(stage.plan.importedAt, locale) })}</p>
        )}
      </div>
      {stage.kind === 'error' && <RefusalMessage {...exchangeRefusal(stage.failure, locale)} testId="import-error" />}
      {stage.kind === 'preview' && stage.plan.kind === 'create' && (
        <div className="exchange-preview">
          {about}
          <p>{t('import.willCreate')}</p>
          <button type="button" className="button button--primary" onClick={() => void apply(stage.pkg)}>
            {t('import.create')}
          </button>
        </div>
      )}
      {stage.kind === 'preview' && stage.plan.kind === 'merge' && (
        <div className="exchange-preview">
          {about}
          {!stage.plan.hasBase && <p className="muted">{t('import.noBase')}</p>}
          {stage.plan.result.changed ? <MergeSummaryList summary={stage.plan.result.summary} /> : <p>{t('import.nothingNew')}</p>}
          {stage.plan.result.conflicts.length > 1 && (
            <TakeAll
              sender={sender}
              count={stage.plan.result.conflicts.length}
              onConfirm={(choice) => {
                if (stage.kind !== 'preview' || stage.plan.kind !== 'merge') return;
                setResolutions(Object.fromEntries(stage.plan.result.conflicts.map((c) => [c.key, { choice }])));
              }}
            />
          )}
          {stage.plan.result.conflicts.length > 0 && (
            <ConflictList
              sender={sender}
              conflicts={stage.plan.result.conflicts}
              resolutions={resolutions}
              onResolve={(key, resolution) => setResolutions((current) => ({ ...current, [key]: resolution }))}
              catalogue={catalogueFor(stage.plan.assessmentId)}
            />
          )}
          <div className="form-actions">
            <button type="button" className="button" onClick={() => setStage({ kind: 'idle' })}>
              {t('common:cancel')}
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={unresolved > 0}
              onClick={() => void apply(stage.pkg)}
              aria-describedby={unresolved > 0 ? `${inputId}-pending` : undefined}
            >
              {t('import.apply')}
            </button>
          </div>
          {unresolved > 0 && (
            <p id={`${inputId}-pending`} className="muted">
              {t('import.pending', { count: unresolved })}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
