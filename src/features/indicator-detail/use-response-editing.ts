import type { MemberAnswer, Response } from '@/domain/assessment';
import { emptyResponse, responseId } from '@/domain/assessment';
import type { Indicator } from '@/domain/catalogue';
import type { ResponsePatch } from '@/domain/response-edit';
import type { EditResponseInput } from '@/db/response-commands';
import { journalEdit, settleJournal } from '@/db/edit-journal';
import { commitResponseEdit, saveResponseChange, saveResponseEdit } from '@/db/response-saver';
import { refusalMessage } from '@/i18n/refusal-message';
import { useT } from '@/i18n/use-t';
import { notify } from '@/state/ui-store';
import type { AutosaveText } from './use-autosave-text';
import { useAutosaveText } from './use-autosave-text';

type TextField = 'justification' | 'notApplicableReason' | 'agreedRationale' | 'dissent';

type Options = {
  readonly assessmentId: string;
  readonly indicator: Indicator;
  readonly response: Response | undefined;
  readonly memberId: string | null;
  readonly reason: string;
};

export type ResponseEditing = {
  readonly current: Response;
  /** A discrete change (answer, status, …), written at once, based on what the screen shows. */
  save(patch: ResponsePatch): void;
  saveMemberAnswer(memberId: string, value: MemberAnswer | null): void;
  readonly text: Readonly<Record<TextField, AutosaveText>>;
};

/** The detail's edits of one response, each stamped with who is working and the reason given. */
export function useResponseEditing({ assessmentId, indicator, response, memberId, reason }: Options): ResponseEditing {
  const { locale } = useT('scoring');
  const current = response ?? emptyResponse(assessmentId, indicator.id, '');
  const allowedAnswers = indicator.scale.options.map((option) => option.value);
  const report = (error: unknown) => notify('error', refusalMessage(error, locale));
  const input = (edit: Pick<EditResponseInput['edit'], 'patch' | 'base'> & Partial<EditResponseInput['edit']>): EditResponseInput => ({
    assessmentId,
    indicatorId: indicator.id,
    edit: { memberId, reason, allowedAnswers, ...edit },
  });

  const textField = (field: TextField) => {
    const key = `${responseId(assessmentId, indicator.id)}:${field}`;
    const edit = (value: string, base: string) => input({ patch: { [field]: value }, base: { [field]: base } });
    return {
      key,
      stored: current[field],
      save: (value: string, base: string) => commitResponseEdit(edit(value, base)),
      onError: report,
      journal: {
        record: (value: string, base: string) => journalEdit(key, edit(value, base)),
        settle: (token: number, committed: string | null) => settleJournal(key, token, committed === null ? null : { [field]: committed }),
      },
    };
  };
  const justification = useAutosaveText(textField('justification'), 'justification');
  const notApplicableReason = useAutosaveText(textField('notApplicableReason'), 'notApplicableReason');
  const agreedRationale = useAutosaveText(textField('agreedRationale'), 'agreedRationale');
  const dissent = useAutosaveText(textField('dissent'), 'dissent');

  return {
    current,
    save(patch) {
      saveResponseChange({ assessmentId, indicatorId: indicator.id, shown: response, patch, memberId, reason, allowedAnswers }).catch(report);
    },
    saveMemberAnswer(member, value) {
      const memberAnswer = { memberId: member, value, base: current.memberAnswers[member] ?? null };
      saveResponseEdit(input({ patch: {}, base: {}, memberAnswer })).catch(report);
    },
    text: { justification, notApplicableReason, agreedRationale, dissent },
  };
}
