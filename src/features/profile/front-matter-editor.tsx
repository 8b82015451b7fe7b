import type { Assessment } from '@/domain/assessment';
import type { BilingualText } from '@/domain/bilingual-text';
import { asBilingual, EMPTY_BILINGUAL } from '@/domain/bilingual-text';
import { useEditField } from '@/db/edit-session/use-edit-field';
import { useT } from '@/i18n/use-t';
import { BilingualField } from './bilingual-field';
import type { DraftEditor } from './use-profile-editor';

type Props = { readonly assessment: Assessment; readonly editor: DraftEditor; readonly memberId: string | null };

/**
 * What the cover and the front matter print: the territorial scope (a field of the assessment
 * itself), the objective (empty prints the standard MGI wording) and the acknowledgements. All go
 * through the assessment's edit session, so undo and the save state cover them too.
 */
export function FrontMatterEditor({ assessment, editor, memberId }: Props) {
  const { t } = useT('front-matter');
  const stored = assessment.territorialScope ?? null;
  const scope = useEditField<BilingualText | null>(
    { assessmentId: assessment.id, kind: 'assessment', recordId: assessment.id, field: 'territorialScope' },
    stored,
    { memberId, reason: '' },
  );
  const { draft, update, readOnly } = editor;
  return (
    <section aria-labelledby="front-matter-title" className="narrative-section">
      <h3 id="front-matter-title">{t('title')}</h3>
      <p className="muted">{t('hint')}</p>
      <BilingualField
        label={t('territorialScope')}
        hint={t('territorialScopeHint')}
        anchor="territorial-scope"
        singleLine
        value={scope.value ? asBilingual(scope.value) : EMPTY_BILINGUAL}
        readOnly={readOnly}
        onChange={(text) => scope.setValue(text)}
      />
      <BilingualField
        label={t('objective')}
        hint={t('objectiveHint')}
        anchor="objective"
        rows={3}
        value={draft.objective}
        readOnly={readOnly}
        onChange={(objective) => update((d) => ({ ...d, objective }))}
      />
      <BilingualField
        label={t('acknowledgements')}
        hint={t('acknowledgementsHint')}
        anchor="acknowledgements"
        rows={3}
        value={draft.acknowledgements}
        readOnly={readOnly}
        onChange={(acknowledgements) => update((d) => ({ ...d, acknowledgements }))}
      />
    </section>
  );
}
