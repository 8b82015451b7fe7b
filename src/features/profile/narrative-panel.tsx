import { EMPTY_BILINGUAL } from '@/domain/bilingual-text';
import { localize } from '@/domain/localized-text';
import type { DraftProblem } from '@/domain/profile-draft';
import { useT } from '@/i18n/use-t';
import type { Assessment } from '@/domain/assessment';
import { BilingualField } from './bilingual-field';
import { FrontMatterEditor } from './front-matter-editor';
import { KeyDataEditor } from './key-data-editor';
import { PrioritiesEditor } from './priorities-editor';
import type { DraftEditor } from './use-profile-editor';
import type { ProfileView } from './use-profile-model';

const EMPTY = EMPTY_BILINGUAL;

/** The sections the researcher writes, in English and Arabic, saved automatically. */
type Props = { view: ProfileView; editor: DraftEditor; problems: readonly DraftProblem[]; assessment: Assessment; memberId: string | null };

export function NarrativePanel({ view, editor, problems, assessment, memberId }: Props) {
  const { t, locale } = useT('profile');
  const { draft, update, readOnly } = editor;
  const problemFor = (where: string) => {
    const problem = problems.find((p) => p.where === where);
    return problem ? t(`problems.${problem.code}`) : undefined;
  };
  return (
    <div className="profile-panel-body">
      <FrontMatterEditor assessment={assessment} editor={editor} memberId={memberId} />
      <section aria-labelledby="narrative-intro" className="narrative-section">
        <h3 id="narrative-intro">{t('narrative.sectionsTitle')}</h3>
        <BilingualField
          label={t('narrative.introduction')}
          hint={t('narrative.introductionHint')}
          anchor="introduction"
          value={draft.introduction}
          readOnly={readOnly}
          error={problemFor('introduction')}
          onChange={(introduction) => update((d) => ({ ...d, introduction }))}
        />
        <BilingualField
          label={t('narrative.methodology')}
          hint={t('narrative.methodologyHint')}
          anchor="methodology"
          value={draft.methodology}
          readOnly={readOnly}
          error={problemFor('methodology')}
          onChange={(methodology) => update((d) => ({ ...d, methodology }))}
        />
      </section>
      <section aria-labelledby="narrative-domains" className="narrative-section">
        <h3 id="narrative-domains">{t('narrative.domainsTitle')}</h3>
        <p className="muted">{t('narrative.domainsHint')}</p>
        {view.catalogue.domains.map((domain) => (
          <BilingualField
            key={domain.id}
            label={t('narrative.domainFindings', { domain: `${domain.id} ${localize(domain.title, locale)}` })}
            anchor={`narrative-${domain.id}`}
            value={draft.domainNarratives[domain.id] ?? EMPTY}
            readOnly={readOnly}
            rows={3}
            error={problemFor(domain.id)}
            onChange={(text) => update((d) => ({ ...d, domainNarratives: { ...d.domainNarratives, [domain.id]: text } }))}
          />
        ))}
      </section>
      <PrioritiesEditor editor={editor} problems={problems} />
      <KeyDataEditor editor={editor} problems={problems} />
    </div>
  );
}
