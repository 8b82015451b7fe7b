import type { MemberAnswer, Response, ResponseTranslations } from '@/domain/assessment';
import { emptyResponse } from '@/domain/assessment';
import type { Indicator } from '@/domain/catalogue';
import type { ResponsePatch } from '@/domain/response-edit';
import type { EditField } from '@/db/edit-session/use-edit-field';
import { useEditField } from '@/db/edit-session/use-edit-field';
import { editSession } from '@/db/edit-session/sessions';
import { refusalMessage } from '@/i18n/refusal-message';
import { notify } from '@/state/ui-store';

type TextField = 'justification' | 'notApplicableReason' | 'agreedRationale' | 'dissent';

type Options = {
  readonly assessmentId: string;
  readonly indicator: Indicator;
  readonly response: Response | undefined;
  readonly memberId: string | null;
  readonly reason: string;
};

export type ResponseEditing = {
  /** The response as stored, with what the edit session has not stored yet shown on top. */
  readonly current: Response;
  /** A discrete change (answer, status, …), written at once, based on what the screen shows. */
  save(patch: ResponsePatch): void;
  saveMemberAnswer(memberId: string, value: MemberAnswer | null): void;
  readonly text: Readonly<Record<TextField, EditField<string>>>;
  /** The other language of the justification and the not-applicable reason. */
  readonly translations: EditField<ResponseTranslations | null>;
};

/** The detail's edits of one response through the assessment's edit session, stamped with who and why. */
export function useResponseEditing({ assessmentId, indicator, response, memberId, reason }: Options): ResponseEditing {
  const stored = response ?? emptyResponse(assessmentId, indicator.id, '');
  const meta = { memberId, reason, allowedAnswers: indicator.scale.options.map((option) => option.value) };
  const address = (field: string) => ({ assessmentId, kind: 'response' as const, recordId: indicator.id, field });
  const report = (error: unknown) => notify('error', (shown) => refusalMessage(error, shown));
  const useText = (field: TextField) => useEditField(address(field), stored[field], meta);
  // Always the same four hooks in the same order.
  const justification = useText('justification');
  const notApplicableReason = useText('notApplicableReason');
  const agreedRationale = useText('agreedRationale');
  const dissent = useText('dissent');
  const translations = useEditField<ResponseTranslations | null>(address('translations'), stored.translations ?? null, meta);
  const session = editSession(assessmentId);

  return {
    current: {
      ...stored,
      justification: justification.value,
      notApplicableReason: notApplicableReason.value,
      agreedRationale: agreedRationale.value,
      dissent: dissent.value,
      translations: translations.value ?? undefined,
    },
    save(patch) {
      const edits = Object.entries(patch).map(([field, value]) => ({
        address: address(field),
        value,
        shown: stored[field as keyof Response] ?? null,
      }));
      session.edit(edits, meta).catch(report);
    },
    saveMemberAnswer(member, value) {
      session
        .edit([{ address: address(`memberAnswers.${member}`), value, shown: stored.memberAnswers[member] ?? null }], meta)
        .catch(report);
    },
    text: { justification, notApplicableReason, agreedRationale, dissent },
    translations,
  };
}
