import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Assessment, Comment, Member, Response, Source } from '@/domain/assessment';
import { isAssessmentLocked } from '@/domain/assessment-lock';
import type { Catalogue, Indicator } from '@/domain/catalogue';
import type { GlossaryEntry } from '@/domain/reference-data';
import { changeNeedsReason, responsesByIndicator } from '@/domain/scoring';
import { findCatalogue } from '@/catalog/catalogue-lookup';
import { useAssessment, useMembers, useResponses } from '@/db/live';
import type { FieldEdit } from '@/db/edit-session/session-state';
import { editSession } from '@/db/edit-session/sessions';
import { useComments, useSources } from '@/db/workspace-live';
import { MoveContextNote } from '@/features/catalogue-move/move-context-note';
import { MoveOffer } from '@/features/catalogue-move/move-offer';
import { CommentThread } from '@/features/comments/comment-thread';
import { IndicatorDetail } from '@/features/indicator-detail/indicator-detail';
import { RoomMode } from '@/features/indicator-detail/room-mode';
import { IndicatorTable } from '@/features/indicator-table/indicator-table';
import { MembersPanel } from '@/features/members/members-panel';
import { useCurrentMemberId } from '@/features/members/member-picker';
import { WhoIsWorkingPrompt } from '@/features/members/who-is-working-prompt';
import { refusalMessage } from '@/i18n/refusal-message';
import { useT } from '@/i18n/use-t';
import { replaceParams, useLocation } from '@/routing/router';
import { notify } from '@/state/ui-store';
import { useCatalogues } from '@/app/use-catalogues';
import { focusIndicatorTable, typingInto } from '@/app/focus-indicator-table';
import { nextWithOpenComments } from './workspace/next-unresolved';
import { WorkspaceHeader } from './workspace/workspace-header';
import './workspace/workspace.css';
import { AssessmentMissing } from './assessment-missing';

/** The scoring workspace: the indicator table, the open indicator's detail, members and review. */
export function AssessmentPage({ assessmentId }: { assessmentId: string }) {
  const { t } = useT('scoring');
  const assessment = useAssessment(assessmentId);
  const responses = useResponses(assessmentId);
  const sources = useSources(assessmentId);
  const comments = useComments(assessmentId);
  const members = useMembers(assessmentId);
  const catalogueSet = useCatalogues();
  if (assessment === undefined || !responses || !sources || !comments || !members || !catalogueSet)
    return <p role="status">{t('common:loading')}</p>;
  if (assessment === null) return <AssessmentMissing />;
  const catalogue = findCatalogue(catalogueSet, assessment.frameworkId, assessment.catalogueVersion);
  if (!catalogue) {
    return (
      <p role="alert">{t('assessments:overview.catalogueMissing', { key: `${assessment.frameworkId}@${assessment.catalogueVersion}` })}</p>
    );
  }
  return (
    <Workspace
      assessment={assessment}
      catalogue={catalogue}
      catalogues={catalogueSet.catalogues}
      glossary={catalogueSet.reference?.glossary ?? []}
      responses={responses}
      sources={sources}
      comments={comments}
      members={members}
    />
  );
}

type WorkspaceProps = {
  readonly assessment: Assessment;
  readonly catalogue: Catalogue;
  readonly catalogues: readonly Catalogue[];
  readonly glossary: readonly GlossaryEntry[];
  readonly responses: Response[];
  readonly sources: Source[];
  readonly comments: Comment[];
  readonly members: Member[];
};

function Workspace({ assessment, catalogue, catalogues, glossary, responses, sources, comments, members }: WorkspaceProps) {
  const { t, locale } = useT('scoring');
  const { params } = useLocation();
  const [membersOpen, setMembersOpen] = useState(members.length === 0);
  const [roomOpen, setRoomOpen] = useState(false);
  const currentMemberId = useCurrentMemberId(assessment.id, members);
  // "Add members first" sets the question aside until the group has grown.
  const [promptDeferredAt, setPromptDeferredAt] = useState<number | null>(null);
  const askWhoIsWorking =
    !isAssessmentLocked(assessment) && !currentMemberId && (promptDeferredAt === null || members.length > promptDeferredAt);
  const locked = isAssessmentLocked(assessment);
  const byIndicator = useMemo(() => responsesByIndicator(responses), [responses]);
  const openId = params.get('indicator');
  const open = catalogue.indicators.find((indicator) => indicator.id === openId);

  const setOpen = (id: string | null) => {
    const next = new URLSearchParams(params);
    if (id === null) next.delete('indicator');
    else next.set('indicator', id);
    replaceParams(next);
  };
  const closeDetail = () => {
    const id = open?.id;
    setOpen(null);
    // Back to the indicator's row, so keyboard scoring continues where it left off.
    if (id) requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-indicator-id="${CSS.escape(id)}"]`)?.focus());
  };
  const pickAnswer = (indicator: Indicator, answer: string | null) => {
    const current = byIndicator.get(indicator.id);
    if (current && changeNeedsReason(current.status)) {
      notify('info', t('table.needsReason', { id: indicator.id }));
      setOpen(indicator.id);
      return;
    }
    const address = (field: string) => ({ assessmentId: assessment.id, kind: 'response' as const, recordId: indicator.id, field });
    const edits: FieldEdit[] = [{ address: address('answer'), value: answer, shown: current?.answer ?? null }];
    if (current?.notApplicable) edits.push({ address: address('notApplicable'), value: false, shown: true });
    const meta = { memberId: currentMemberId, reason: '', allowedAnswers: indicator.scale.options.map((option) => option.value) };
    editSession(assessment.id)
      .edit(edits, meta)
      .catch((error: unknown) => notify('error', refusalMessage(error, locale)));
  };
  // The table is memoised and gets callbacks that never change (they call the latest ones), so a
  // re-render of the workspace for something else (the assessment's new time after each answer)
  // does not re-render the 90-row table.
  const latest = useRef({ setOpen, pickAnswer });
  useLayoutEffect(() => {
    latest.current = { setOpen, pickAnswer };
  });
  const tableCallbacks = useMemo(
    () => ({
      onOpen: (id: string) => latest.current.setOpen(id),
      onPickAnswer: (indicator: Indicator, answer: string | null) => latest.current.pickAnswer(indicator, answer),
    }),
    [],
  );
  // T, anywhere but in a field or a dialog, goes to the table (the header's skip link does the same).
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 't' || event.ctrlKey || event.metaKey || event.altKey || typingInto(event.target)) return;
      if (document.querySelector('dialog[open]') || roomOpen) return;
      if (focusIndicatorTable()) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [roomOpen]);
  const unresolved = comments.filter((comment) => comment.parentId === null && !comment.resolved);
  const goNextUnresolved = () => {
    const next = nextWithOpenComments(catalogue, unresolved, openId);
    if (next) setOpen(next);
  };

  return (
    <article className="workspace" lang={locale}>
      <WorkspaceHeader
        assessment={assessment}
        catalogue={catalogue}
        members={members}
        currentMemberId={currentMemberId}
        locked={locked}
        unresolvedCount={new Set(unresolved.map((comment) => comment.indicatorId)).size}
        membersOpen={membersOpen}
        onToggleMembers={() => setMembersOpen(!membersOpen)}
        onNextUnresolved={goNextUnresolved}
        onRoomMode={() => setRoomOpen(true)}
      />
      <MoveOffer
        assessment={assessment}
        catalogue={catalogue}
        catalogues={catalogues}
        responses={byIndicator}
        memberId={currentMemberId}
        locked={locked}
        glossary={glossary}
      />
      {membersOpen && <MembersPanel assessmentId={assessment.id} members={members} currentMemberId={currentMemberId} readOnly={locked} />}
      <div className={`workspace__body${open ? ' workspace__body--with-detail' : ''}`}>
        <IndicatorTable
          catalogue={catalogue}
          responses={responses}
          sources={sources}
          comments={comments}
          members={members}
          selectedId={open?.id ?? null}
          readOnly={locked}
          onOpen={tableCallbacks.onOpen}
          onPickAnswer={tableCallbacks.onPickAnswer}
        />
        {open && (
          <IndicatorDetail
            key={open.id}
            assessmentId={assessment.id}
            indicator={open}
            response={byIndicator.get(open.id)}
            sources={sources.filter((source) => source.indicatorId === open.id)}
            members={members}
            currentMemberId={currentMemberId}
            readOnly={locked}
            translatable={assessment.phase === 'validated'}
            focus={params.get('focus')}
            onClose={closeDetail}
          >
            <MoveContextNote assessmentId={assessment.id} indicatorId={open.id} catalogues={catalogues} />
            <CommentThread
              assessmentId={assessment.id}
              indicator={open}
              comments={comments.filter((comment) => comment.indicatorId === open.id)}
              members={members}
              currentMemberId={currentMemberId}
              readOnly={locked}
            />
          </IndicatorDetail>
        )}
      </div>
      {askWhoIsWorking && (
        <WhoIsWorkingPrompt
          assessmentId={assessment.id}
          members={members}
          onAddMembers={() => {
            setPromptDeferredAt(members.length);
            setMembersOpen(true);
          }}
        />
      )}
      {roomOpen && (
        <RoomMode
          assessmentId={assessment.id}
          indicators={catalogue.indicators}
          responses={byIndicator}
          members={members}
          currentMemberId={currentMemberId}
          readOnly={locked}
          startId={open?.id ?? null}
          onClose={(id) => {
            setRoomOpen(false);
            setOpen(id);
          }}
        />
      )}
    </article>
  );
}
